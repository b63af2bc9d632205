import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { DEMO_AT } from '../../dev/demo/demo-snapshot';

const ROOT = join(__dirname, '..', '..');
const DEMO = join(ROOT, 'test', 'fixtures', 'demo-snapshot.json');

/** Runs the command line in-process, capturing stdout and stderr. */
async function cli(args: string[], isTTY = false): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await main(['node', 'focus-walk', ...args], {
      stdout: (t) => (out += t),
      isTTY,
      now: () => new Date(DEMO_AT),
    });
    return { code, out, err };
  } finally {
    spy.mockRestore();
  }
}

function tempFile(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'fw-cli-')), name);
  writeFileSync(file, content);
  return file;
}

describe('focus-walk check', () => {
  test('--format json prints exactly one JSON object with the report of cli.md', async () => {
    const { code, out } = await cli(['check', '--snapshot', DEMO, '--at', DEMO_AT, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as Record<string, unknown>;
    // The demo has a next sprint: checks-delivery.md's `readiness` joins cli.md's keys.
    expect(Object.keys(report).sort()).toEqual([
      'at',
      'findings',
      'members',
      'project',
      'readiness',
      'score',
      'skipped',
      'sprint',
    ]);
    expect(report.score).toBe(83);
    expect((report.findings as unknown[]).length).toBe(54);
  });

  test('a snapshot without the delivery parts prints exactly the keys of cli.md', async () => {
    const demo = JSON.parse(readFileSync(DEMO, 'utf8')) as Record<string, unknown>;
    delete demo.upcoming;
    const { code, out } = await cli([
      'check',
      '--snapshot',
      tempFile('s.json', JSON.stringify(demo)),
      '--at',
      DEMO_AT,
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    expect(Object.keys(JSON.parse(out) as object).sort()).toEqual([
      'at',
      'findings',
      'members',
      'project',
      'score',
      'skipped',
      'sprint',
    ]);
  });

  test('without --format: json when stdout is not a terminal, table when it is', async () => {
    const piped = (await cli(['check', '--snapshot', DEMO, '--at', DEMO_AT])).out;
    expect((JSON.parse(piped) as { score: number }).score).toBe(83);
    expect((await cli(['check', '--snapshot', DEMO, '--at', DEMO_AT], true)).out).toContain('score 83/100');
  });

  test('--at defaults to now', async () => {
    const { out } = await cli(['check', '--snapshot', DEMO, '--format', 'json']);
    expect((JSON.parse(out) as { at: string }).at).toBe('2026-11-19T17:30:00.000Z');
  });

  test('table: grouped by member, readable in 80 columns', async () => {
    const { out } = await cli(['check', '--snapshot', DEMO, '--at', DEMO_AT, '--format', 'table']);
    const lines = out.trimEnd().split('\n');
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(80);
    const john = lines.findIndex((l) => l.includes('John Doggett (red)'));
    const monica = lines.findIndex((l) => l.includes('Monica Reyes (green)'));
    expect(john).toBeGreaterThan(0);
    expect(lines.slice(john, monica).join('\n')).toContain('focus-out/missing');
    expect(out).toContain('Unassigned issues and people outside the team');
  });

  test('markdown: a member table and a findings table', async () => {
    const { out } = await cli(['check', '--snapshot', DEMO, '--at', DEMO_AT, '--format', 'markdown']);
    expect(out).toMatch(/^# Focus Walk: FW · FW Sprint 7/);
    expect(
      out.split('\n').filter((l) => l.startsWith('| error ') || l.startsWith('| warning ') || l.startsWith('| info ')),
    ).toHaveLength(54);
  });

  test('--fail-on: exit 1 when such a finding exists', async () => {
    expect((await cli(['check', '--snapshot', DEMO, '--at', DEMO_AT, '--fail-on', 'error'])).code).toBe(1);
    const settings = tempFile(
      's.json',
      JSON.stringify({
        checks: Object.fromEntries(
          [
            'status-column',
            'focus-in',
            'focus-out',
            'epic-link',
            'daily-worklog',
            'review-pr',
            'blocked',
            'ci',
            'merge',
            'done',
            'owner',
            'risk',
            'version',
          ].map((c) => [c, false]),
        ),
      }),
    );
    expect(
      (await cli(['check', '--snapshot', DEMO, '--at', DEMO_AT, '--settings', settings, '--fail-on', 'error'])).code,
    ).toBe(0);
    expect(
      (await cli(['check', '--snapshot', DEMO, '--at', DEMO_AT, '--settings', settings, '--fail-on', 'warning'])).code,
    ).toBe(1);
  });

  test.each([
    ['a missing --snapshot', ['check'], /snapshot/],
    ['an unknown format', ['check', '--snapshot', DEMO, '--format', 'xml'], /format/],
    ['a missing file', ['check', '--snapshot', '/nonexistent/s.json'], /cannot read the snapshot file/],
    ['a bad --at', ['check', '--snapshot', DEMO, '--at', 'tomorrow'], /at/],
    ['an unknown command', ['chek'], /chek/],
  ])('%s: exit 2 with one line on stderr', async (_name, args, pattern) => {
    const { code, err } = await cli(args);
    expect(code).toBe(2);
    expect(err).toMatch(pattern);
  });

  test('a bad snapshot: exit 2 naming the first bad field', async () => {
    const snapshot = tempFile(
      'bad.json',
      JSON.stringify({ version: 1, project: { id: '1', key: 'FW' }, issues: [{ id: '1', key: 'FW-1', fields: {} }] }),
    );
    const { code, err } = await cli(['check', '--snapshot', snapshot]);
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('issues[0].fields.status');
  });

  test('bad settings: exit 2 naming the setting', async () => {
    const settings = tempFile('s.json', JSON.stringify({ commitPattern: '(' }));
    const { code, err } = await cli(['check', '--snapshot', DEMO, '--settings', settings]);
    expect(code).toBe(2);
    expect(err).toContain('commitPattern');
  });

  test('settings that are not JSON: exit 2 naming the file', async () => {
    const settings = tempFile('s.json', '{ nope');
    expect((await cli(['check', '--snapshot', DEMO, '--settings', settings])).err).toContain('is not JSON');
  });

  test('the installed bin runs the built CLI (npx focus-walk)', () => {
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'focus-walk.js'), 'check', '--snapshot', DEMO, '--at', DEMO_AT, '--format', 'json'],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { score: number }).score).toBe(83);
    const bad = spawnSync(process.execPath, [join(ROOT, 'bin', 'focus-walk.js'), 'check'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});
