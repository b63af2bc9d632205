/**
 * The whole jest suite once more under a clock a year ahead (365 days, or the days given): no
 * test may depend on the day it runs. Every Node process the tests start inherits the shift
 * (NODE_OPTIONS preloads test/support/shift-clock.cjs); jest's own setupFiles shift each test's realm.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const days = process.argv[2] ?? '365';
const preload = join(__dirname, '..', 'test', 'support', 'shift-clock.cjs');
const jest = join(__dirname, '..', 'node_modules', 'jest', 'bin', 'jest.js');
const run = spawnSync(process.execPath, [jest, ...process.argv.slice(3)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    FOCUS_WALK_CLOCK_SHIFT_DAYS: days,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require=${JSON.stringify(preload)}`.trim(),
  },
});
console.log(`jest under a clock ${days} days ahead (${new Date(Date.now() + Number(days) * 86400000).toISOString()})`);
process.exit(run.status ?? 1);
