/** `npm run bench`: every benchmark of the project, printing figures and ratios. */
import '../dev/forge-stand-in/install-egress'; // before anything loads @forge/api
import { benchEngine } from './engine';
import { benchFetch } from './fetch';
import { benchUi } from './ui';
import { benchCodeHost } from './codehost';
import { benchStorage } from './storage';
import { benchMemory } from './memory';
import { benchReporting } from './reporting';

async function main(): Promise<void> {
  benchEngine();
  await benchFetch();
  await benchReporting();
  await benchUi();
  await benchCodeHost();
  await benchStorage();
  await benchMemory();
}

void main();
