/**
 * Engine benchmark (issue 2): median wall time of walk() on generated sprints of 200, 2,000 and
 * 20,000 issues (20 comments and 10 worklogs each, 30 members), each size in its own process,
 * and the ratio t(20,000)/t(2,000). Targets (issue 26): 2,000 issues < 150 ms; ratio <= 11.
 * Figures, not a pass/fail test: a busy machine moves them.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

interface Measure {
  issues: number;
  runs: number;
  findings: number;
  median: number;
}

function measure(issues: number, runs: number): Measure {
  const out = execFileSync(
    process.execPath,
    ['--max-old-space-size=8192', '-r', 'tsx/cjs', join(__dirname, 'engine-worker.ts'), String(issues), String(runs)],
    {
      encoding: 'utf8',
      cwd: join(__dirname, '..'),
    },
  );
  return JSON.parse(out) as Measure;
}

export function benchEngine(): void {
  const results = new Map<number, number>();
  for (const [issues, runs] of [
    [200, 21],
    [2000, 11],
    [20000, 5],
  ] as const) {
    const m = measure(issues, runs);
    results.set(issues, m.median);
    console.log(
      `engine  ${String(issues).padStart(6)} issues  median ${m.median.toFixed(1).padStart(8)} ms  (${m.runs} runs, ${m.findings} findings)`,
    );
  }
  const t2k = results.get(2000) ?? NaN;
  const ratio = (results.get(20000) ?? NaN) / t2k;
  console.log(`engine  t(20,000)/t(2,000) = ${ratio.toFixed(2)}`);
  console.log(
    `engine  targets: 2,000 issues < 150 ms: ${t2k < 150 ? 'met' : 'MISSED'} (ratio ${(t2k / 150).toFixed(2)}); t(20,000)/t(2,000) <= 11: ${ratio <= 11 ? 'met' : 'MISSED'}`,
  );
}

if (require.main === module) benchEngine();
