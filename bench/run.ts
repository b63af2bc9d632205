/** `npm run bench`: every benchmark of the project, printing figures and ratios. */
import { benchEngine } from './engine';
import { benchFetch } from './fetch';

async function main(): Promise<void> {
  benchEngine();
  await benchFetch();
}

void main();
