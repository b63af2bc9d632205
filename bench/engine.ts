/**
 * Engine benchmark (issue 2): median wall time of walk() on generated sprints of 200, 2,000 and
 * 20,000 issues (20 comments and 10 worklogs each, 30 members), and the ratio t(20,000)/t(2,000).
 * Targets: 2,000 issues < 200 ms; ratio <= 12. Figures, not a pass/fail test.
 */
import { performance } from 'node:perf_hooks';
import { generateLargeSprint } from '../src/demo/large-sprint';
import { walk } from '../src/engine/walk';

const AT = '2026-11-19T17:30:00.000Z';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export function benchEngine(): Record<string, number> {
  const results: Record<string, number> = {};
  for (const [issues, runs] of [[200, 15], [2000, 9], [20000, 5]] as const) {
    const snapshot = generateLargeSprint({ issues, commentsPerIssue: 20, worklogsPerIssue: 10, members: 30 });
    walk(snapshot, {}, AT); // warm-up: JIT and the zone caches of a first walk
    const times: number[] = [];
    let findings = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      findings = walk(snapshot, {}, AT).findings.length;
      times.push(performance.now() - t0);
    }
    results[issues] = median(times);
    console.log(`engine  ${String(issues).padStart(6)} issues  median ${median(times).toFixed(1).padStart(8)} ms  (${runs} runs, ${findings} findings)`);
  }
  const ratio = (results[20000] ?? 0) / (results[2000] ?? 1);
  console.log(`engine  t(20,000)/t(2,000) = ${ratio.toFixed(2)}   targets: 2,000 issues < 200 ms (${(results[2000] ?? 0) < 200 ? 'met' : 'MISSED'}), ratio <= 12 (${ratio <= 12 ? 'met' : 'MISSED'})`);
  return results;
}

if (require.main === module) benchEngine();
