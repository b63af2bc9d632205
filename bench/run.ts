/** `npm run bench`: every benchmark of the project, printing figures and ratios. */
import { benchEngine } from './engine';
import { benchFetch } from './fetch';
import { benchUi } from './ui';
import { benchCodeHost } from './codehost';

async function main(): Promise<void> {
  benchEngine();
  await benchFetch();
  await benchUi();
  await benchCodeHost();
}

void main();
