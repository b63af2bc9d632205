import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `npm start` runs `tsx dev/preview/main.ts` (after building the UI): the command itself, from source. */
const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function start(port: number): { child: ChildProcess; output: Promise<{ line: string; code: number | null }> } {
  const store = join(mkdtempSync(join(tmpdir(), 'fw-start-')), 'store.json');
  const child = spawn(process.execPath, [TSX, 'dev/preview/main.ts', '--store', store], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
  });
  let text = '';
  const output = new Promise<{ line: string; code: number | null }>((resolve) => {
    const seen = () => {
      const line = text.split('\n').find((l) => l.includes('open http') || l.includes('is taken'));
      if (line) resolve({ line, code: null });
    };
    child.stdout?.on('data', (d: Buffer) => ((text += d.toString()), seen()));
    child.stderr?.on('data', (d: Buffer) => ((text += d.toString()), seen()));
    child.on('exit', (code) => resolve({ line: text, code }));
  });
  return { child, output };
}

describe('npm start', () => {
  test('serves the preview and says where; a taken port is named, exit 1', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const taken = (blocker.address() as { port: number }).port;
    const first = start(0);
    try {
      const { line } = await first.output;
      const url = /open (http:\/\/\S+)/.exec(line)?.[1];
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
      const page = await fetch(url!);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Focus Walk');

      const second = start(taken);
      const refused = await second.output;
      expect(refused.line).toContain(`port ${taken} is taken`);
      const exit = await new Promise<number | null>((r) =>
        second.child.exitCode !== null ? r(second.child.exitCode) : second.child.on('exit', r),
      );
      expect(exit).toBe(1);
    } finally {
      first.child.kill('SIGTERM');
      blocker.close();
    }
  }, 60000);
});
