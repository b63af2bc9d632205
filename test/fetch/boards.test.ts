import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DEMO_AT } from '../../dev/demo/demo-snapshot';
import type { SiteData } from '../../dev/local-site/site-data';
import { walk } from '../../src/engine/walk';
import { sprintReport } from '../../src/reporting/sprint-report';
import { parseSettings } from '../../src/settings/schema';
import { parseSnapshot } from '../../src/snapshot/parse-snapshot';
import { fetchFrom, withSite } from '../support/site';

/**
 * Boards of every type (issue 20): a team-managed project's board is `simple` and has the
 * sprints; a kanban board has none (Jira answers 400 when asked for them) but has columns; a
 * company-managed site may carry two story-point fields, and the board names the one it uses.
 */
const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as SiteData;
const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);

const withBoard = (board: Partial<NonNullable<SiteData['board']>>, extra: Partial<SiteData> = {}): SiteData => ({
  ...structuredClone(DEMO),
  board: { ...(DEMO.board as NonNullable<SiteData['board']>), ...board },
  ...extra,
});

test("a team-managed project's board (simple) has the sprint: the walk reads its sprint and columns", async () => {
  await withSite(withBoard({ type: 'simple' }), {}, async (site, served) => {
    const fetched = await fetchFrom(site, 'FW');
    expect(fetched.board).toMatchObject({ id: 3, type: 'simple' });
    expect(fetched.board?.columns.map((c) => c.name)).toEqual(DEMO.board?.columns?.map((c) => c.name));
    expect(fetched.sprint?.name).toBe('FW Sprint 7');
    expect(fetched.issues).toHaveLength(DEMO.issues.length);
    expect(walk(fetched, {}, DEMO_AT)).toEqual(walk(served, {}, DEMO_AT));
  });
});

test("a kanban board: no sprint asked for, the project's unresolved issues walked, the board's columns read", async () => {
  const kanban = withBoard({ type: 'kanban' }, { sprint: null });
  await withSite(kanban, { record: true }, async (site) => {
    const fetched = await fetchFrom(site, 'FW');
    expect(fetched.sprint).toBeNull();
    expect(fetched.board).toMatchObject({ id: 3, type: 'kanban' });
    expect(fetched.board?.columns.length).toBeGreaterThan(3);
    const unresolved = DEMO.issues.filter(
      (i) => (i.fields.status as { statusCategory?: { key?: string } }).statusCategory?.key !== 'done',
    );
    expect(fetched.issues.map((i) => i.key).sort()).toEqual(unresolved.map((i) => i.key).sort());
    expect(site.counts.getAllSprints ?? 0).toBe(0); // a kanban board is never asked for sprints
    // Without a sprint the Sprint tab charts flow.
    const report = sprintReport(parseSnapshot(fetched), parseSettings({}), Date.parse(DEMO_AT));
    expect(report.kind).toBe('kanban');
  });
});

test('focus-walk fetch --board <a kanban board> walks it (exit 0), and the table says which board', async () => {
  await withSite(withBoard({ type: 'kanban' }, { sprint: null }), { token: 't0k' }, async (site) => {
    const args = ['--site', site.url, '--email', 'a@b.c', '--token', 't0k', '--project', 'FW', '--board', '3'];
    const bin = join(ROOT, 'bin', 'focus-walk.js');
    const fetched = await run(process.execPath, [bin, 'fetch', ...args], { maxBuffer: 64 * 1024 * 1024 });
    expect(JSON.parse(fetched.stdout)).toMatchObject({ sprint: null, board: { id: 3, type: 'kanban' } });
    const table = await run(process.execPath, [bin, 'walk', ...args, '--at', DEMO_AT, '--format', 'table']);
    expect(table.stdout).toContain('no active sprint (unresolved issues) · board FW board (kanban)');
  });
}, 60000);

test("two story-point fields: the walk counts the board's estimation field, as Jira's charts do", async () => {
  const LEGACY = 'customfield_10028';
  const data = withBoard({ estimationField: LEGACY });
  data.fields = { ...data.fields, legacyStoryPoints: LEGACY };
  // The team estimates in the legacy field; "Story point estimate" stays empty.
  for (const issue of data.issues) {
    issue.fields[LEGACY] = issue.fields.customfield_10016 ?? null;
    issue.fields.customfield_10016 = null;
  }
  await withSite(data, {}, async (site) => {
    const fetched = await fetchFrom(site, 'FW');
    expect(fetched.fields).toMatchObject({ storyPoints: LEGACY, storyPointsFrom: 'board' });
    const loads = walk(fetched, {}, DEMO_AT).members.map((m) => [m.accountId, m.load]);
    expect(loads).toEqual(walk(DEMO, {}, DEMO_AT).members.map((m) => [m.accountId, m.load]));
    expect(loads.some(([, load]) => Number(load) > 3)).toBe(true);
  });
});
