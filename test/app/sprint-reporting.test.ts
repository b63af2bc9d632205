import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { StatusReport } from '../../src/reporting/status-report';
import type { PublishedPage, Result, SprintView } from '../../src/app/contract';
import { DEMO_AT, DEMO_USERS } from '../../dev/demo/demo-snapshot';
import { generateConfluenceDemo, type ConfluenceData } from '../../dev/demo/confluence-demo';
import { withSprintHistory } from '../../dev/demo/sprint-history';
import { adfProblem } from '../../dev/local-site/adf';
import { startLocalSite, type LocalSite } from '../../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../../dev/local-site/site-data';
import { ForgeHarness } from '../../dev/preview/forge-harness';

/**
 * The Sprint tab and the weekly status report through the production wiring: a background walk
 * reads the closed sprints (once), the issues that left the sprint and the epics' children; the
 * TPM publishes the week's page to Confluence, and publishing again updates that page.
 */
const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as SiteData;
const { tess, john } = DEMO_USERS;
const PROJECT = {
  extension: { type: 'jira:projectPage', project: { key: 'FW', id: '10000' } },
  siteUrl: 'https://acme.atlassian.net',
};

let site: LocalSite;
let harness: ForgeHarness;
let confluence: ConfluenceData;

beforeEach(async () => {
  confluence = generateConfluenceDemo();
  site = await startLocalSite(withSprintHistory(toSiteDataSet(DEMO)), {
    admins: [tess.accountId],
    now: () => new Date(DEMO_AT),
    record: true,
    confluence,
  });
  harness = new ForgeHarness(site.url, () => new Date(DEMO_AT), undefined, { timeScale: 0.001, timeoutSeconds: 60000 });
  harness.install();
  await call('saveSettings', { settings: { statusReport: { space: 'TEAM' } } });
});

afterEach(async () => {
  await harness.settled();
  harness.uninstall();
  await site.close();
});

async function invoke<T>(key: string, payload: unknown = {}, as = tess.accountId): Promise<Result<T>> {
  return (await harness.invoke(key, payload, PROJECT, as)) as Result<T>;
}

async function call<T>(key: string, payload: unknown = {}, as = tess.accountId): Promise<T> {
  const r = await invoke<T>(key, payload, as);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data;
}

const calls = (op: string) => site.counts[op] ?? 0;

test('a walk keeps the sprint progress: burndown with the scope changes, velocity of six sprints, epics, forecast', async () => {
  await harness.walkNow(PROJECT, tess.accountId);
  const view = await call<SprintView>('getSprint');
  const r = view.report;
  expect(r?.sprint?.name).toBe('FW Sprint 7');
  // The demo's changes: FW-105 5 -> 8 points on Wed, the audit-log export left on Thu, FW-137 joined on the second Monday.
  expect(r?.burndown?.changes.map((c) => [c.key, c.kind, c.points])).toEqual([
    ['FW-105', 'estimate', 3],
    ['FW-46', 'removed', -3],
    ['FW-137', 'added', 1],
  ]);
  expect(r?.burndown?.committed.issues).toBe(21); // 20 of the walk's 21 issues, and the one that left
  expect(r?.velocity.map((v) => v.name)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `FW Sprint ${n}`));
  expect(r?.velocity.every((v) => v.completed.points > 0 && v.committed.points > 0)).toBe(true);
  expect(r?.forecast?.basis).toBe('velocity');
  expect(r?.epics.map((e) => e.key)).toEqual(['FW-1', 'FW-2']);
  // Both epics have children outside the sprint (the closed sprints' stories).
  expect(r?.epics.every((e) => e.total > 10)).toBe(true);
  expect(view).toMatchObject({ space: 'TEAM', canPublish: true, pages: [] });
});

test('closed sprints are read once: the second walk reads none of their issues again', async () => {
  await harness.walkNow(PROJECT, tess.accountId);
  const searches = () => site.exchanges.filter((e) => /sprint = [1-6]\b/.test(JSON.stringify(e.body ?? ''))).length;
  expect(searches()).toBe(6);
  await harness.walkNow(PROJECT, tess.accountId);
  expect(searches()).toBe(6);
  expect(calls('getAllSprints')).toBeGreaterThanOrEqual(2);
});

test('Publish creates the week page under the space, as ADF that Confluence accepts; publishing again updates it', async () => {
  await harness.walkNow(PROJECT, tess.accountId);
  const first = await call<PublishedPage>('publishReport');
  expect(first).toMatchObject({
    week: '2026-W47',
    spaceKey: 'TEAM',
    version: 1,
    title: 'Focus Walk (FW) status 2026-W47',
  });
  const page = confluence.pages.find((p) => p.id === first.pageId);
  expect(page?.authorId).toBe(tess.accountId);
  const doc = JSON.parse(page?.body?.value ?? 'null') as unknown;
  expect(adfProblem(doc)).toBeNull();
  const text = JSON.stringify(doc);
  for (const part of ['Progress', 'FW Sprint 7', 'Forecast', 'Blockers and escalations', 'Walk score'])
    expect(text).toContain(part);
  // Written for stakeholders: a verdict first, blockers with their summary and owner, the
  // TPM's internal checklist left out unless Settings asks for it.
  expect(text).toMatch(/"text":"(On track|At risk|Off track)"/);
  expect(text).toContain('Load test the report service');
  expect(text).not.toContain('Checklist');

  const second = await call<PublishedPage>('publishReport');
  expect(second).toMatchObject({ pageId: first.pageId, version: 2 });
  expect(confluence.pages.filter((p) => p.title === first.title)).toHaveLength(1);
  expect((await call<SprintView>('getSprint')).pages.map((p) => [p.week, p.version])).toEqual([['2026-W47', 2]]);
});

test('the weekly trigger publishes as the app; a page lost from storage is found by its title, never made twice', async () => {
  await harness.walkNow(PROJECT, tess.accountId);
  const first = await call<PublishedPage>('publishReport');
  await harness.weekly();
  await harness.settled();
  const pages = confluence.pages.filter((p) => p.title === first.title);
  expect(pages).toHaveLength(1);
  expect(pages[0]?.version.number).toBe(2);
  expect(pages[0]?.version.authorId).toBe('app');
});

test('only the TPM publishes; a member sees the Sprint tab without Publish', async () => {
  await harness.walkNow(PROJECT, tess.accountId);
  const r = await invoke('publishReport', {}, john.accountId);
  expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await call<SprintView>('getSprint', {}, john.accountId)).toMatchObject({ canPublish: false });
});

test('Publish to a space that does not exist: a clear error naming the setting, and nothing written', async () => {
  await call('saveSettings', { settings: { statusReport: { space: 'NOPE' } } });
  await harness.walkNow(PROJECT, tess.accountId);
  const before = confluence.pages.length;
  const r = await invoke('publishReport');
  expect(r).toMatchObject({
    ok: false,
    error: { message: expect.stringMatching(/statusReport\.space: the space NOPE was not found/) },
  });
  expect(confluence.pages).toHaveLength(before);
});

test('a closed sprint that cannot be read is left out and named, the others count; the next walk reads it', async () => {
  const closedRead = (body: unknown) => /^sprint = 3$/.test((body as { jql?: string } | undefined)?.jql ?? '');
  site.setFaults({ failWhen: (r) => (r.path.endsWith('/search/jql') && closedRead(r.body) ? 500 : undefined) });
  await harness.walkNow(PROJECT, tess.accountId);
  const partial = (await call<SprintView>('getSprint')).report;
  // The sprint that failed is left out and named; the five others and the sprint's own burndown are all there.
  expect(partial?.velocity.map((v) => v.name)).toEqual([1, 2, 4, 5, 6].map((n) => `FW Sprint ${n}`));
  expect(partial?.notes.filter((n) => n.startsWith('Not read'))).toEqual([
    expect.stringMatching(/^Not read: closed sprint FW Sprint 3: .*500/),
  ]);
  expect(partial?.burndown?.changes.map((c) => c.key)).toEqual(['FW-105', 'FW-46', 'FW-137']);
  expect(partial?.epics.map((e) => e.key)).toEqual(['FW-1', 'FW-2']);
  // A stakeholder reading the week's page is told too.
  const page = await call<PublishedPage>('publishReport');
  expect(confluence.pages.find((p) => p.id === page.pageId)?.body?.value).toContain(
    'Not read: closed sprint FW Sprint 3',
  );

  site.setFaults(undefined);
  await harness.walkNow(PROJECT, tess.accountId);
  const whole = (await call<SprintView>('getSprint')).report;
  expect(whole?.velocity.map((v) => v.name)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `FW Sprint ${n}`));
  expect(whole?.notes.some((n) => n.startsWith('Not read'))).toBe(false);
});

test('focus-walk report on a fetched snapshot gives exactly the figures the app publishes for the same data', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fw-parity-'));
  const saved = join(dir, 'snapshot.json');
  const out: string[] = [];
  const io = { stdout: (text: string) => void out.push(text), isTTY: false, now: () => new Date(DEMO_AT) };
  const site_ = ['--site', site.url, '--email', 'a@b.c', '--token', 'x', '--project', 'FW'];
  expect(await main(['node', 'focus-walk', 'fetch', ...site_, '--at', DEMO_AT, '--out', saved], io)).toBe(0);
  expect(
    await main(['node', 'focus-walk', 'report', '--snapshot', saved, '--at', DEMO_AT, '--format', 'json'], io),
  ).toBe(0);
  const cli = JSON.parse(out.join('')) as StatusReport;

  await harness.walkNow(PROJECT, tess.accountId);
  const app = (await call<SprintView>('getSprint')).report;
  expect(cli.progress).toEqual(app);
  // The figures the issue found apart on the two paths, now one.
  expect(cli.progress.burndown?.committed).toEqual(app?.burndown?.committed);
  expect(cli.progress.burndown?.changes).toHaveLength(3);
  expect(cli.progress.epics.every((e) => e.total > 10)).toBe(true);
  expect(cli.progress.averageVelocity).toBe(app?.averageVelocity);
  expect(cli.progress.forecast).toEqual(app?.forecast);
}, 60000);
