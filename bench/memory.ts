/**
 * Memory benchmark (issue 10): the peak resident memory of one walk (fetch + walk) of 2,000 and
 * 10,000 issues with 20 comments and 10 worklogs each, the site in a process of its own and the
 * walk in another, as on Forge (512 MB a function unless the manifest asks for more).
 * Target (issue 26): under 256 MB at 10,000 issues; the walk reads compactly (comments and
 * worklogs into the walk's columns as each page arrives).
 */
import { spawn, execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

async function withSite<T>(issues: number, fn: (url: string) => Promise<T>): Promise<T> {
  const child = spawn(TSX, [join(ROOT, 'dev', 'local-site', 'main.ts'), '--issues', String(issues), '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
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

export async function benchMemory(): Promise<void> {
  for (const issues of [2000, 10000]) {
    const result = await withSite(
      issues,
      async (url) =>
        (await promisify(execFile)(TSX, [join(__dirname, 'memory-worker.ts'), url], { maxBuffer: 1 << 20 })).stdout,
    );
    const { peakMb, findings } = JSON.parse(result.trim().split('\n').pop() ?? '{}') as {
      peakMb: number;
      findings: number;
    };
    console.log(
      `memory  ${String(issues).padStart(6)} issues (20 comments, 10 worklogs each): peak ${peakMb} MB for fetch + walk (${findings} findings)${issues === 10000 ? `; target < 256 MB: ${peakMb < 256 ? 'met' : 'MISSED'} (ratio ${(peakMb / 256).toFixed(2)})` : ''}`,
    );
  }
}

if (require.main === module) void benchMemory();
