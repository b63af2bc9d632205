/** One engine measurement in a fresh process, so no other sprint shares the heap (unless asked). */
import { performance } from 'node:perf_hooks';
import { readSprintFile } from './sprint-file';
import { walk } from '../src/engine/walk';

const [sprintFile = '', runsArg = '7', ballastFile = ''] = process.argv.slice(2);
const runs = Number(runsArg);
const AT = '2026-11-19T17:30:00.000Z';

// A ballast sprint stays alive beside the walked one: the heap of a larger walk, to tell what
// the engine's own work grows by from what a larger heap costs every walk.
const kept = ballastFile ? readSprintFile(ballastFile) : null;
// As the CLI gets it: JSON text parsed here (sprint-file.ts), written by another process.
const snapshot = readSprintFile(sprintFile);
const issues = (snapshot.issues as unknown[]).length;
// Warm-up until V8 has optimised the walk (a 2,000-issue walk needs about 20): a median over
// runs that were still being compiled measured the compiler, not the engine.
const warmUntil = performance.now() + 3000;
for (let i = 0; i < 3 || performance.now() < warmUntil; i++) walk(snapshot, {}, AT);
const times: number[] = [];
let findings = 0;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  findings = walk(snapshot, {}, AT).findings.length;
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
process.stdout.write(
  JSON.stringify({
    issues,
    runs,
    findings,
    median: times[Math.floor(runs / 2)],
    kept: kept ? (kept.issues as unknown[]).length : 0,
  }),
);
