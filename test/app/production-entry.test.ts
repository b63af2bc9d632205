import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Result, WalkView, ChecklistEntry, FindingsPage, ReadingView, SettingsView } from '../../src/app/contract';
import { generateConfluenceDemo } from '../../dev/demo/confluence-demo';
import { generateLargeSprint } from '../../dev/demo/large-sprint';
import { ForgeRuntime } from '../../dev/forge-stand-in/forge-runtime';
import { KVS_LIMITS } from '../../dev/forge-stand-in/kvs-limits';
import { startLocalSite, type LocalSite } from '../../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../../dev/local-site/site-data';

/**
 * The production entry as Forge loads it (`dist/index.js`: @forge/kvs and @forge/api
 * unchanged, its own `new Date()`) inside the Forge runtime stand-in, on a 10,000-issue sprint.
 * The test sets the clock it means: the data sets' moment (Thu 19 Nov 2026, 17:30 UTC), moving on
 * in real time; only `Date` is faked, timers and the queue run as they do.
 */
const ENTRY = join(__dirname, '..', '..', 'dist', 'index.js');
const ADMIN = '712020:bench-0000';
const MEMBER = '712020:bench-0007';
const PROJECT = { extension: { type: 'jira:projectPage', project: { key: 'BIG', id: '10100' } } };
const MACRO = {
  timezone: 'Europe/Berlin',
  extension: { type: 'macro', config: { spaces: 'ENG,TEAM', daysBack: '7', targetMinutes: '60' } },
};

type Entry = {
  resolver: (event: unknown, context: unknown) => Promise<unknown>;
  dailyWalk: () => Promise<void>;
  walkConsumer: (event: unknown) => Promise<unknown>;
};

let site: LocalSite;
let runtime: ForgeRuntime;
let app: Entry;

const AT = '2026-11-19T17:30:00.000Z';
const REAL_TIMERS = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

beforeAll(async () => {
  jest.useFakeTimers({ now: new Date(AT), advanceTimers: true, doNotFake: [...REAL_TIMERS] });
  if (!existsSync(ENTRY)) throw new Error('dist/index.js is missing: run `npm run build` first (`npm test` does)');
  const sprint = generateLargeSprint({
    issues: 10000,
    commentsPerIssue: 2,
    worklogsPerIssue: 1,
    members: 30,
    seed: 7,
  }) as unknown as SiteData;
  site = await startLocalSite(toSiteDataSet(sprint), { admins: [ADMIN], confluence: generateConfluenceDemo() });
  runtime = new ForgeRuntime({ siteUrl: site.url });
  runtime.install();
  app = require(ENTRY) as Entry; // eslint-disable-line @typescript-eslint/no-require-imports
  // The manifest's consumer module: the queue invokes the entry's walkConsumer, as the app.
  runtime.consume('focus-walk-walks', app.walkConsumer);
}, 60000);
afterAll(async () => {
  runtime.uninstall();
  await site.close();
  jest.useRealTimers();
});

function invoke<T>(functionKey: string, payload: unknown, context: object, accountId: string): Promise<T> {
  return runtime.as(accountId, async () => {
    const result = (await app.resolver(
      { call: { functionKey, payload }, context },
      { principal: { accountId } },
    )) as Result<T>;
    if (!result.ok) throw new Error(`${functionKey}: ${result.error.code}: ${result.error.message}`);
    return result.data;
  });
}

test('settings, the page, a tick by a 712020: account, reading, and the daily walk of 10,000 issues: no storage error', async () => {
  const saved = await invoke<SettingsView>('saveSettings', { settings: { worklogGraceDays: 2 } }, PROJECT, ADMIN);
  expect(saved.canEdit).toBe(true);

  expect((await invoke<WalkView>('getWalk', {}, PROJECT, ADMIN)).report).toBeNull(); // nothing walked yet
  await invoke('startWalk', {}, PROJECT, ADMIN); // Refresh: a background walk on the queue
  await runtime.queue.idle();
  const view = await invoke<WalkView>('getWalk', {}, PROJECT, ADMIN);
  expect(view.report?.members.length).toBe(30);
  expect(view.findingCounts.total).toBeGreaterThan(1000);

  const checklist = await invoke<ChecklistEntry[]>('tick', { itemId: 'touch-base', ticked: true }, PROJECT, ADMIN);
  expect(checklist.find((i) => i.id === 'touch-base')).toMatchObject({ ticked: true, by: { accountId: ADMIN } });

  const reading = await invoke<ReadingView>('getReading', {}, MACRO, MEMBER);
  expect(reading.items.length).toBeGreaterThan(0);
  await invoke('markRead', { pageId: reading.items[0]?.id, read: true }, MACRO, MEMBER);
  const today = await invoke<ReadingView['today']>('logReading', { minutes: 25 }, MACRO, MEMBER);
  expect(today.minutes).toBe(25);
  expect((await invoke<ReadingView>('getReading', {}, MACRO, MEMBER)).items[0]?.read).toBe(true);

  await runtime.as(null, () => app.dailyWalk());
  await runtime.queue.idle();
  // Refresh's walk, the daily walk, and the day's retention job (queued after the walks).
  expect(runtime.queue.log.map((l) => `${(l.body as { kind?: string }).kind ?? 'walk'} ${l.outcome}`).sort()).toEqual([
    'retention done',
    'walk done',
    'walk done',
  ]);

  // The day saved whole and reads back whole; every value stayed under Forge's limit.
  const again = await invoke<WalkView>('getWalk', { day: view.day }, PROJECT, ADMIN);
  const point = again.history.find((h) => h.date === view.day);
  expect(point).toBeDefined();
  // The Findings tab pages the day's findings from the server, its groups adding up to the day's counts.
  const grouped = await invoke<FindingsPage>('getFindings', { day: view.day, group: 'check' }, PROJECT, ADMIN);
  const total = (point?.errors ?? 0) + (point?.warnings ?? 0) + (point?.info ?? 0);
  expect(grouped.total).toBe(total);
  expect((grouped.groups ?? []).reduce((n, g) => n + g.count, 0)).toBe(total);
  expect(total).toBeGreaterThan(1000);
  const big = grouped.groups?.[0];
  const rows = await invoke<FindingsPage>(
    'getFindings',
    { day: view.day, group: 'check', groupKey: big?.key, offset: 50, limit: 50 },
    PROJECT,
    ADMIN,
  );
  expect(rows.rows).toHaveLength(50);
  expect(rows.rows.every((f) => f.check === big?.key)).toBe(true);
  expect(rows.rowsTotal).toBe(big?.count);
  expect(runtime.kvs.largestValue.bytes).toBeLessThanOrEqual(KVS_LIMITS.valueBytes);
  expect(runtime.kvs.keys().some((k) => k.startsWith('tick:BIG:') && k.endsWith('712020#3Abench-0000'))).toBe(true);
  expect(runtime.kvs.keys().filter((k) => k.includes(':part:')).length).toBeGreaterThan(1);
}, 240000);
