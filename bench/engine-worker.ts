/** One engine measurement in a fresh process, so no other sprint shares the heap. */
import { performance } from 'node:perf_hooks';
import { generateLargeSprint } from '../dev/demo/large-sprint';
import { walk } from '../src/engine/walk';

const [issues = 2000, runs = 7] = process.argv.slice(2).map(Number);
const AT = '2026-11-19T17:30:00.000Z';
// As the fetch layer and the CLI get it: parsed from JSON, one page of issues at a time.
const generated = generateLargeSprint({ issues, commentsPerIssue: 20, worklogsPerIssue: 10, members: 30 });
const snapshot = Object.fromEntries(
  Object.entries(generated).map(([key, value]) => [
    key,
    Array.isArray(value) ? value.map((v: unknown) => JSON.parse(JSON.stringify(v)) as unknown) : value,
  ]),
);
walk(snapshot, {}, AT); // warm-up: JIT and the zone caches of a first walk
const times: number[] = [];
let findings = 0;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  findings = walk(snapshot, {}, AT).findings.length;
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ issues, runs, findings, median: times[Math.floor(runs / 2)] }));
