/** One engine measurement in a fresh process, so no other sprint shares the heap (unless asked). */
import { performance } from 'node:perf_hooks';
import { generateLargeSprint } from '../dev/demo/large-sprint';
import { walk } from '../src/engine/walk';

const [issues = 2000, runs = 7, ballast = 0] = process.argv.slice(2).map(Number);
const AT = '2026-11-19T17:30:00.000Z';

// As the fetch layer and the CLI get it: parsed from JSON, one page of issues at a time.
function parsed(n: number, seed?: number): Record<string, unknown> {
  const generated = generateLargeSprint({ issues: n, commentsPerIssue: 20, worklogsPerIssue: 10, members: 30, seed });
  return Object.fromEntries(
    Object.entries(generated).map(([key, value]) => [
      key,
      Array.isArray(value) ? value.map((v: unknown) => JSON.parse(JSON.stringify(v)) as unknown) : value,
    ]),
  );
}

// `ballast` more issues of another sprint stay alive beside the walked one: the heap of a larger
// walk, to tell what the engine's own work grows by from what a larger heap costs every walk.
const kept = ballast > 0 ? parsed(ballast, 7) : null;
const snapshot = parsed(issues);
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
  JSON.stringify({ issues, runs, findings, median: times[Math.floor(runs / 2)], kept: kept ? ballast : 0 }),
);
