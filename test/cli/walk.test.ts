import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEMO_AT } from '../../dev/demo/demo-snapshot';
import { withSite } from '../support/site';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'focus-walk.js');
const DEMO = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'demo-snapshot.json'), 'utf8')) as unknown;
const TOKEN = 'secret-token-4711';

/** The built command line as a user runs it; resolves with the exit code instead of throwing. */
async function cli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('focus-walk fetch and walk against the local site', () => {
  test('walk prints the walk; it equals check on the snapshot it saved', async () => {
    await withSite(DEMO, { token: TOKEN }, async (site) => {
      const dir = mkdtempSync(join(tmpdir(), 'fw-walk-'));
      const saved = join(dir, 'snapshot.json');
      const walked = await cli([
        'walk',
        '--site',
        site.url,
        '--email',
        'a@b.c',
        '--token',
        TOKEN,
        '--project',
        'FW',
        '--at',
        DEMO_AT,
        '--format',
        'json',
        '--save-snapshot',
        saved,
      ]);
      expect(walked.code).toBe(0);
      const checked = await cli(['check', '--snapshot', saved, '--at', DEMO_AT, '--format', 'json']);
      expect(JSON.parse(walked.stdout)).toEqual(JSON.parse(checked.stdout));
      expect((JSON.parse(walked.stdout) as { score: number }).score).toBe(83);
      expect(readFileSync(saved, 'utf8')).not.toContain(TOKEN);
    });
  });

  test('fetch writes the snapshot; the token may come from JIRA_API_TOKEN', async () => {
    await withSite(DEMO, { token: TOKEN }, async (site, served) => {
      const out = join(mkdtempSync(join(tmpdir(), 'fw-fetch-')), 's.json');
      const fetched = await cli(['fetch', '--site', site.url, '--email', 'a@b.c', '--project', 'FW', '--out', out], {
        JIRA_API_TOKEN: TOKEN,
      });
      expect(fetched.code).toBe(0);
      expect(fetched.stdout).toBe('');
      const snapshot = JSON.parse(readFileSync(out, 'utf8')) as { issues: unknown[] };
      expect(snapshot.issues).toHaveLength(served.issues.length);
    });
  });

  test('table output of walk, for people', async () => {
    await withSite(DEMO, {}, async (site) => {
      const walked = await cli([
        'walk',
        '--site',
        site.url,
        '--email',
        'a@b.c',
        '--token',
        'x',
        '--project',
        'FW',
        '--at',
        DEMO_AT,
        '--format',
        'table',
      ]);
      expect(walked.stdout).toContain('John Doggett (red)');
    });
  });

  test('a site that answers 401: exit 3 and a one-line reason, no token in it', async () => {
    await withSite(DEMO, { token: TOKEN }, async (site) => {
      const result = await cli([
        'walk',
        '--site',
        site.url,
        '--email',
        'a@b.c',
        '--token',
        'wrong-token-0815',
        '--project',
        'FW',
      ]);
      expect(result.code).toBe(3);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/HTTP 401/);
      expect(result.stderr + result.stdout).not.toContain('wrong-token-0815');
    });
  });

  test('an unknown project: exit 3', async () => {
    await withSite(DEMO, {}, async (site) => {
      const result = await cli(['fetch', '--site', site.url, '--email', 'a@b.c', '--token', 'x', '--project', 'NOPE']);
      expect(result.code).toBe(3);
      expect(result.stderr).toContain('could not read the project NOPE: HTTP 404');
    });
  });

  test('bad arguments: exit 2 before any call', async () => {
    await withSite(DEMO, {}, async (site) => {
      expect(
        (await cli(['walk', '--site', site.url, '--email', 'a@b.c', '--project', 'FW'], { JIRA_API_TOKEN: '' })).code,
      ).toBe(2);
      expect(
        (await cli(['walk', '--site', 'not a url', '--email', 'a@b.c', '--token', 'x', '--project', 'FW'])).code,
      ).toBe(2);
      expect(
        (
          await cli([
            'walk',
            '--site',
            site.url,
            '--email',
            'a@b.c',
            '--token',
            'x',
            '--project',
            'FW',
            '--sprint',
            'seven',
          ])
        ).code,
      ).toBe(2);
      expect(site.total()).toBe(0);
    });
  });

  test('an unreachable site: exit 3 after the retries', async () => {
    const result = await cli([
      'fetch',
      '--site',
      'http://127.0.0.1:9',
      '--email',
      'a@b.c',
      '--token',
      'x',
      '--project',
      'FW',
    ]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/network error/);
  }, 60000);

  test('a site that never answers: each call times out, is retried, then exit 3 (no hang)', async () => {
    await withSite(DEMO, { faults: { neverAnswer: true } }, async (site) => {
      const result = await cli([
        'fetch',
        '--site',
        site.url,
        '--email',
        'a@b.c',
        '--token',
        'x',
        '--project',
        'FW',
        '--timeout',
        '0.2',
      ]);
      expect(result.code).toBe(3);
      expect(result.stderr).toContain('network error (no answer within 200 ms)');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  }, 60000);

  test('an HTML login page with status 200: an error naming the call, exit 3, not a TypeError', async () => {
    await withSite(DEMO, { faults: { htmlLoginPage: true } }, async (site) => {
      const result = await cli(['walk', '--site', site.url, '--email', 'a@b.c', '--token', 'x', '--project', 'FW']);
      expect(result.code).toBe(3);
      expect(result.stderr).toContain('could not read the project FW: HTTP 200 (the answer was not JSON)');
      expect(result.stderr).not.toMatch(/TypeError/);
    });
  });

  test('--timeout must be a number of seconds', async () => {
    expect(
      (
        await cli([
          'fetch',
          '--site',
          'http://127.0.0.1:9',
          '--email',
          'a@b.c',
          '--token',
          'x',
          '--project',
          'FW',
          '--timeout',
          'soon',
        ])
      ).code,
    ).toBe(2);
  });
});
