/**
 * Memory benchmark (issues 10, 26): the peak resident memory of one background walk (fetch +
 * walk + stand-up) of 2,000, 10,000 and 50,000 issues with 20 comments and 10 worklogs each, the
 * site in a process of its own and the walk in another, on the build (dist/, rebuilt first).
 *
 * Forge functions run on AWS Lambda, whose Node.js bootstrap sizes V8 from the function's
 * memory M (new space M/10, semi-space M/20, old space M - M/10): a walk fits a function of M MB
 * when, so sized, it finishes with a peak under M. Each size is measured so (the target's M), and
 * the 10,000-issue walk also with Node's defaults on this 24 GB machine, where V8 collects lazily
 * and the peak says more about the machine than the walk.
 * Targets (issue 26): 10,000 issues < 256 MB; 50,000 < 900 MB within 900 s at 100 ms a call +
 * 10 ms an issue, calls within ceil(N/5000) + ceil(N/100) + ceil(N/1000) + 12.
 */
import { spawn, execFile, execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

interface Run {
  issues: number;
  findings: number;
  calls: number;
  seconds: number;
  peakMb: number;
}

async function withSite<T>(issues: number, costs: string[], fn: (url: string) => Promise<T>): Promise<T> {
  const child = spawn(
    TSX,
    [join(ROOT, 'dev', 'local-site', 'main.ts'), '--issues', String(issues), '--port', '0', ...costs],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const m = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(chunk.toString());
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`the site exited (${code})`)));
  });
  try {
    return await fn(url);
  } finally {
    child.kill('SIGTERM');
  }
}

/** Node's flags as Lambda's bootstrap gives a function of `mb` MB; none: Node's defaults. */
const lambdaSized = (mb: number | null): string[] =>
  mb === null
    ? []
    : [`--max-semi-space-size=${Math.floor(mb / 20)}`, `--max-old-space-size=${mb - Math.floor(mb / 10)}`];

async function walkOnce(issues: number, functionMb: number | null, costs: string[] = []): Promise<Run> {
  const out = await withSite(
    issues,
    costs,
    async (url) =>
      (
        await promisify(execFile)(
          process.execPath,
          [...lambdaSized(functionMb), join(__dirname, 'memory-worker.cjs'), url],
          { maxBuffer: 1 << 20 },
        )
      ).stdout,
  );
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Run;
}

const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');

export async function benchMemory(): Promise<void> {
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  for (const [issues, functionMb] of [
    [2000, 256],
    [10000, 256],
  ] as const) {
    const r = await walkOnce(issues, functionMb);
    console.log(
      `memory  ${String(issues).padStart(6)} issues (20 comments, 10 worklogs each), V8 sized for a ${functionMb} MB function: peak ${r.peakMb} MB (${r.findings} findings, ${r.calls} calls)${issues === 10000 ? `; target < 256 MB: ${verdict(r.peakMb < 256)} (ratio ${(r.peakMb / 256).toFixed(2)})` : ''}`,
    );
  }
  const lazy = await walkOnce(10000, null);
  console.log(`memory   10000 issues with Node's default heap sizing (V8 collects lazily): peak ${lazy.peakMb} MB`);
  const n = 50000;
  const bound = Math.ceil(n / 5000) + Math.ceil(n / 100) + Math.ceil(n / 1000) + 12;
  const big = await walkOnce(n, 1024, ['--latency', '100', '--per-issue', '10']);
  console.log(
    `memory   50000 issues at 100 ms a call + 10 ms an issue, V8 sized for the consumer's 1024 MB: peak ${big.peakMb} MB, ${big.seconds.toFixed(1)} s, ${big.calls} calls (bound ${bound}), ${big.findings} findings; targets < 900 MB: ${verdict(big.peakMb < 900)} (ratio ${(big.peakMb / 900).toFixed(2)}), < 900 s: ${verdict(big.seconds < 900)}, calls: ${verdict(big.calls <= bound)}`,
  );
}

if (require.main === module) void benchMemory();
