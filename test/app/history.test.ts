import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  Result,
  WalkView,
  ChecklistEntry,
  FindingsPage,
  FindingsQuery,
  IssueFindingsView,
} from '../../src/app/contract';
import { allFindings } from '../support/findings';
import { AppStores, splitFindings } from '../../src/app/records/app-stores';
import { DEMO_AT, DEMO_USERS } from '../../dev/demo/demo-snapshot';
import { compareFindings, type Finding } from '../../src/engine/finding';
import type { Report } from '../../src/engine/report';
import { KVS_LIMITS } from '../../dev/forge-stand-in/kvs-limits';
import { startLocalSite, type LocalSite } from '../../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../../dev/local-site/site-data';
import { ForgeHarness } from '../../dev/preview/forge-harness';
import { KvsStore } from '../../src/stores/kvs-store';

const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as SiteData;
const TESS = DEMO_USERS.tess.accountId;
const JOHN = DEMO_USERS.john.accountId;
const DANA = DEMO_USERS.dana.accountId;
const PROJECT = { extension: { type: 'jira:projectPage', project: { key: 'FW', id: '10000' } } };
const ISSUE = (key: string) => ({
  extension: { type: 'jira:issueContext', project: { key: 'FW', id: '10000' }, issue: { key, id: '1' } },
});

let site: LocalSite;
let harness: ForgeHarness;
let now: Date;

async function start(options: { hidden?: Record<string, string[]> } = {}): Promise<void> {
  now = new Date(DEMO_AT);
  site = await startLocalSite(toSiteDataSet(DEMO), { admins: [TESS], now: () => now, ...options });
  harness = new ForgeHarness(site.url, () => now);
  harness.install();
}
afterEach(async () => {
  harness.uninstall();
  await site.close();
});

const call = async <T>(key: string, payload: unknown, context: object, accountId: string | null = TESS): Promise<T> => {
  const r = (await harness.invoke(key, payload, context, accountId)) as Result<T>;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data;
};

const walked = async (context: object, accountId: string | null = TESS): Promise<WalkView> => {
  const r = (await harness.walkNow(context, accountId)) as Result<WalkView>;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data;
};
const reportOf = (view: WalkView) => {
  if (!view.report) throw new Error('no walk stored');
  return view.report;
};

const finding = (i: number): Finding => ({
  check: 'epic-link',
  code: 'missing',
  severity: 'error',
  issueKey: `BIG-${i}`,
  accountId: null,
  day: null,
  subject: null,
  message: `BIG-${i} belongs to no epic; ${'x'.repeat(200)}`,
  data: { n: i },
});
const bigReport = (n: number): Report => ({
  at: DEMO_AT,
  project: { id: '1', key: 'BIG', name: null },
  sprint: null,
  score: 70,
  members: [],
  findings: Array.from({ length: n }, (_, i) => finding(i)),
  skipped: [],
});

describe('history in Forge storage', () => {
  test("a 10,000-finding day saves in parts that each fit a value, reloads whole, and a second walk replaces the first's parts", async () => {
    await start();
    const stores = new AppStores(new KvsStore());
    const report = bigReport(10000);
    const summary = await stores.saveDay('BIG', '2026-11-19', report, { a: 'A' });
    expect(summary.parts).toBe(splitFindings(report.findings).length);
    expect(summary.parts).toBeGreaterThan(5);
    expect(harness.runtime.kvs.largestValue.bytes).toBeLessThanOrEqual(KVS_LIMITS.valueBytes);
    const back = await stores.getDay('BIG', '2026-11-19');
    expect(back?.report).toEqual(report);
    await stores.saveDay('BIG', '2026-11-19', bigReport(10), { a: 'A' });
    expect((await stores.getDay('BIG', '2026-11-19'))?.report.findings).toHaveLength(10);
    expect(harness.runtime.kvs.keys().filter((k) => k.startsWith('walk:BIG:'))).toHaveLength(2); // the new meta and one part
  });

  test("a day's parts are indexed by check: the page reads only the parts of the checks it lists", async () => {
    await start();
    const stores = new AppStores(new KvsStore());
    const blocked = (i: number): Finding => ({ ...finding(i), check: 'blocked', code: 'blocked', data: { level: 1 } });
    const report = { ...bigReport(6000), findings: [...bigReport(6000).findings, blocked(1), blocked(2)] };
    const summary = await stores.saveDay('BIG', '2026-11-19', report, {});
    expect(summary.parts).toBeGreaterThan(5);
    expect(summary.checkParts?.['blocked']).toEqual([summary.parts - 1, summary.parts - 1]);
    const gets = () => harness.runtime.kvs.calls['/api/v1/get'] ?? 0;
    const before = gets();
    const page = await stores.getDay('BIG', '2026-11-19', new Set(['blocked', 'workload']));
    // The summary, the meta and the one part that holds the blockers.
    expect(gets() - before).toBe(3);
    expect(page?.report.findings).toEqual([blocked(1), blocked(2)]);
    // A walk stored before the index is read whole, then cut to the checks asked.
    const key = `history:BIG:2026-11-19`;
    const unindexed = (await new KvsStore().get<Record<string, unknown>>(key)) ?? {};
    delete unindexed['checkParts'];
    await new KvsStore().set(key, unindexed);
    const old = await stores.getDay('BIG', '2026-11-19', new Set(['blocked']));
    expect(old?.report.findings).toEqual([blocked(1), blocked(2)]);
    expect((await stores.getDay('BIG', '2026-11-19'))?.report.findings).toHaveLength(6002);
  });

  test("the issue panel reads only the parts that may hold its issue's findings or someone's day", async () => {
    await start();
    const stores = new AppStores(new KvsStore());
    const day = (i: number): Finding => ({
      ...finding(i),
      check: 'focus-in',
      code: 'missing',
      issueKey: null,
      accountId: `m${i}`,
    });
    // In the engine's order (severity, check, issue key): a check's findings run through the parts by key.
    const findings = [...bigReport(8000).findings, day(1), day(2)].sort(compareFindings);
    const summary = await stores.saveDay('BIG', '2026-11-19', { ...bigReport(0), findings }, {});
    expect(summary.parts).toBeGreaterThan(6);
    const gets = () => harness.runtime.kvs.calls['/api/v1/get'] ?? 0;
    const before = gets();
    const about = await stores.getDay('BIG', '2026-11-19', { issueKey: 'BIG-4321' });
    const read = gets() - before;
    expect(about?.report.findings).toEqual(findings.filter((f) => f.issueKey === null || f.issueKey === 'BIG-4321'));
    expect(about?.report.findings.some((f) => f.issueKey === 'BIG-4321')).toBe(true);
    // The summary, the meta, the part of the days and the one that holds BIG-4321 (at most two).
    expect(read).toBeLessThanOrEqual(5);
    expect(read).toBeLessThan(summary.parts + 2);
  });

  test('the Trend over a year of days reads summaries only: 4 queries, no report', async () => {
    await start();
    const stores = new AppStores(new KvsStore());
    const kv = new KvsStore();
    for (let d = 0; d < 365; d++) {
      const date = new Date(Date.UTC(2025, 10, 20 + d)).toISOString().slice(0, 10);
      await kv.set(`history:FW:${date}`, {
        layout: 2,
        date,
        at: `${date}T17:00:00.000Z`,
        score: d % 100,
        errors: 1,
        warnings: 2,
        info: 0,
        byCheck: {},
        members: [],
        walkId: 'w',
        parts: 0,
      });
    }
    const before = { ...harness.runtime.kvs.calls };
    const trend = await stores.trend('FW', 365);
    const used = (path: string) => (harness.runtime.kvs.calls[path] ?? 0) - (before[path] ?? 0);
    expect(trend).toHaveLength(365);
    expect(used('/api/v1/query')).toBe(4);
    expect(used('/api/v1/get')).toBe(0);
  });

  test('the daily walk deletes the days past retention (a setting), summary and parts', async () => {
    await start();
    await call('saveSettings', { settings: { history: { retentionDays: 30 } } }, PROJECT);
    const stores = new AppStores(new KvsStore());
    await stores.saveDay('FW', '2026-10-01', bigReport(3), {});
    await stores.saveDay('FW', '2026-10-20', bigReport(3), {});
    await stores.saveDay('FW', '2026-10-21', bigReport(3), {}); // the 30th day back, today included: kept
    await harness.dailyWalk();
    await harness.settled(); // the day's walk, queued by the trigger
    expect((await stores.trend('FW', 100)).map((p) => p.date)).toEqual(['2026-10-21', '2026-11-19']);
    expect(
      harness.runtime.kvs
        .keys()
        .filter((k) => k.startsWith('walk:FW:2026-10-01') || k.startsWith('walk:FW:2026-10-20')),
    ).toEqual([]);
  });
});

describe('the issue panel reads the stored walk', () => {
  test("with today's walk stored: one search as the viewer, no walk, nothing written", async () => {
    await start();
    await walked(PROJECT); // Refresh: the background walk records the day
    site.resetCounts();
    const setsBefore = harness.runtime.kvs.calls['/api/v1/set'] ?? 0;
    const view = await call<IssueFindingsView>('getIssueFindings', {}, ISSUE('FW-105'), JOHN);
    expect(view.findings.map((f) => `${f.check}/${f.code}`)).toContain('daily-worklog/missing');
    expect(view.assignee?.accountId).toBe(JOHN);
    expect(site.counts).toEqual({ searchAndReconsileIssuesUsingJqlPost: 1 });
    expect(harness.runtime.kvs.calls['/api/v1/set'] ?? 0).toBe(setsBefore);
  });

  test('without any stored walk it walks nothing itself: it starts a background walk and says so', async () => {
    await start();
    site.resetCounts();
    const view = await call<IssueFindingsView>('getIssueFindings', {}, ISSUE('FW-105'), JOHN);
    expect(view).toMatchObject({ walking: true, walkedAt: null, findings: [] });
    expect(site.counts).toEqual({ searchAndReconsileIssuesUsingJqlPost: 1 }); // the viewer's one search; no walk inside the invocation
    await harness.settled();
    const later = await call<IssueFindingsView>('getIssueFindings', {}, ISSUE('FW-105'), JOHN);
    expect(later).toMatchObject({ walking: false, assignee: { accountId: JOHN } });
  });

  test('with no walk today, the latest stored walk is shown, with its time', async () => {
    await start();
    await walked(PROJECT);
    now = new Date(Date.parse(DEMO_AT) + 86400000); // the next day, before any walk of it
    const view = await call<IssueFindingsView>('getIssueFindings', {}, ISSUE('FW-105'), JOHN);
    expect(view.walkedAt).toBe(DEMO_AT);
    expect(view.walking).toBe(false);
  });

  test("an issue the viewer may not see is NOT_FOUND, even when today's walk knows it", async () => {
    await start({ hidden: { [JOHN]: ['FW-131'] } });
    await walked(PROJECT);
    const r = (await harness.invoke('getIssueFindings', {}, ISSUE('FW-131'), JOHN)) as Result<IssueFindingsView>;
    expect(r.ok ? null : r.error.code).toBe('NOT_FOUND');
  });
});

describe('stored walks and issue-level security', () => {
  test('a stored walk is shown to a user only for the issues that user can see now', async () => {
    await start({ hidden: { [DANA]: ['FW-131', 'FW-130'] } });
    await walked(PROJECT, TESS); // walked as the app: every issue
    const as = (account: string) => (q: FindingsQuery) =>
      harness.invoke('getFindings', q, PROJECT, account) as Promise<Result<FindingsPage>>;
    const tess = await allFindings(as(TESS));
    expect(tess.some((f) => f.issueKey === 'FW-131')).toBe(true);
    const dana = await allFindings(as(DANA));
    expect(dana.some((f) => f.issueKey === 'FW-131' || f.issueKey === 'FW-130')).toBe(false);
    expect(dana.some((f) => /FW-13[01]\b/.test(f.message))).toBe(false);
    expect(dana.filter((f) => f.issueKey === null)).toEqual(tess.filter((f) => f.issueKey === null));
    expect(dana.length).toBeLessThan(tess.length);
    // The page's own report (blockers) is cut the same way; its counts are the walk's (as the score).
    const page = reportOf(await call<WalkView>('getWalk', {}, PROJECT, DANA));
    expect(page.findings.every((f) => f.check === 'blocked' || f.check === 'workload')).toBe(true);
    expect(page.findings.some((f) => f.issueKey === 'FW-131' || f.issueKey === 'FW-130')).toBe(false);
    const counts = (await call<WalkView>('getWalk', {}, PROJECT, DANA)).findingCounts;
    expect(counts.total).toBe(tess.length);
  });
});

describe('ticks', () => {
  test('a tick answers the checklist before any walk exists (nothing ticked by the walk yet)', async () => {
    await start();
    const list = await call<ChecklistEntry[]>('tick', { itemId: 'touch-base', ticked: true }, PROJECT, TESS);
    expect(list.find((i) => i.id === 'touch-base')).toMatchObject({
      ticked: true,
      by: { accountId: TESS, displayName: 'Tess Ortega' },
    });
    expect(list.filter((i) => i.auto)).toEqual([]);
  });
});
