import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import type { Result, StandupView, WalkView } from '../../src/app/contract';
import { DEMO_AT, DEMO_USERS } from '../../dev/demo/demo-snapshot';
import { ForgeHarness } from '../../dev/preview/forge-harness';
import { startLocalSite, type LocalSite } from '../../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../../dev/local-site/site-data';

/** The stand-up board (issue 27): what each member wrote and logged, from the stored walk, cut to the viewer. */
const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as SiteData;
const { tess, john, dana } = DEMO_USERS;
const PAGE = { extension: { type: 'jira:projectPage', project: { key: 'FW', id: '10000' } } };

let site: LocalSite;
let harness: ForgeHarness;
async function start(hidden: Record<string, string[]> = {}): Promise<void> {
  site = await startLocalSite(toSiteDataSet(DEMO), { admins: [tess.accountId], now: () => new Date(DEMO_AT), hidden });
  harness = new ForgeHarness(site.url, () => new Date(DEMO_AT));
  harness.install();
}
afterEach(async () => {
  harness.uninstall();
  await site.close();
});

async function board(as: string): Promise<StandupView> {
  const r = (await harness.invoke('getStandup', {}, PAGE, as)) as Result<StandupView>;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data;
}

type Worklog = { author?: { accountId: string }; started: string; timeSpentSeconds?: number };
/** Minutes a person logged on a local day, summed straight from the demo's worklogs. */
function minutesOn(accountId: string, zone: string, day: string): number {
  const issues = DEMO['issues'] as Array<{ fields: { worklog?: { worklogs: Worklog[] } } }>;
  let seconds = 0;
  for (const i of issues)
    for (const w of i.fields.worklog?.worklogs ?? [])
      if (w.author?.accountId === accountId && DateTime.fromISO(w.started).setZone(zone).toISODate() === day)
        seconds += w.timeSpentSeconds ?? 0;
  return Math.round(seconds / 60);
}

test('each member: yesterday’s Focus Out and today’s Focus In as written, in their zone; the hours they logged; none before a walk', async () => {
  await start();
  expect((await board(tess.accountId)).standup).toBeNull();
  await harness.walkNow(PAGE, tess.accountId);
  const { standup, hidden } = await board(tess.accountId);
  expect(hidden).toBe(0);
  const row = (id: string) => standup?.members.find((m) => m.accountId === id);
  const d = row(dana.accountId);
  // Dana (Berlin) wrote Focus Out at 18:20 on Wed 18 Nov and Focus In at 08:58 on Thu 19 Nov, on FW-101.
  expect(d?.focusOut).toMatchObject({ issueKey: 'FW-101', day: '2026-11-18', time: '18:20' });
  expect(d?.focusIn).toMatchObject({ issueKey: 'FW-101', day: '2026-11-19', time: '08:58' });
  // As she wrote it (the demo's comment on FW-101).
  expect(d?.focusIn?.text).toBe('Focus-In\nPlan: write the tests for the edge cases\nBlockers: none');
  expect(d?.logged).toEqual({
    yesterday: minutesOn(dana.accountId, 'Europe/Berlin', '2026-11-18'),
    today: minutesOn(dana.accountId, 'Europe/Berlin', '2026-11-19'),
  });
  expect((d?.logged.yesterday ?? 0) + (d?.logged.today ?? 0)).toBeGreaterThan(0);
  // John wrote no Focus In today: not written yet (the walk's own finding agrees).
  const j = row(john.accountId);
  expect(j?.focusIn).toBeNull();
  expect(j?.active).toContain('FW-105');
  // Blockers with their level, as the walk's blocked findings give them: the demo's are nobody's.
  const walked = (await harness.invoke('getWalk', {}, PAGE, tess.accountId)) as Result<WalkView>;
  if (!walked.ok) throw new Error(walked.error.message);
  const expected = walked.data.report?.findings
    .filter((f) => f.check === 'blocked')
    .map((f) => [f.issueKey, f.data['level']])
    .sort();
  const shown = [...(standup?.unowned ?? []), ...(standup?.members.flatMap((m) => m.blockers) ?? [])].map((b) => [
    b.issueKey,
    b.level,
  ]);
  expect(shown.sort()).toEqual(expected);
  expect(standup?.unowned.length).toBe(3);
});

test("under privacy 'own' a member reads only their own row; a hidden issue's note is left out and counted", async () => {
  // FW-101 (Dana's, with her two Focus notes) is one she may not see, as a security level would do.
  await start({ [dana.accountId]: ['FW-101'] });
  const saved = (await harness.invoke(
    'saveSettings',
    { settings: { privacy: { membersSee: 'own' } } },
    PAGE,
    tess.accountId,
  )) as Result<unknown>;
  expect(saved.ok).toBe(true);
  await harness.walkNow(PAGE, tess.accountId);
  const mine = await board(dana.accountId);
  expect(mine.standup?.members.map((m) => m.accountId)).toEqual([dana.accountId]);
  const row = mine.standup?.members[0];
  expect(row?.focusIn).toBeNull();
  expect(row?.focusOut).toBeNull();
  expect(row?.active).not.toContain('FW-101');
  expect(mine.hidden).toBeGreaterThanOrEqual(3);
  // The TPM reads the team, FW-101's notes among them.
  const team = await board(tess.accountId);
  expect(team.standup?.members.length).toBeGreaterThan(1);
  expect(team.standup?.members.find((m) => m.accountId === dana.accountId)?.focusIn?.issueKey).toBe('FW-101');
});
