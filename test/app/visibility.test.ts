import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishedPage, Result, SprintView, WalkView } from '../../src/app/contract';
import { DEMO_AT, DEMO_USERS } from '../../dev/demo/demo-snapshot';
import { generateConfluenceDemo, type ConfluenceData } from '../../dev/demo/confluence-demo';
import { withSprintHistory } from '../../dev/demo/sprint-history';
import { startLocalSite, type LocalSite } from '../../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../../dev/local-site/site-data';
import { ForgeHarness } from '../../dev/preview/forge-harness';

/**
 * Issue-level security on everything a walk made as the app serves (issue 21, audit P1): the
 * Sprint tab and a TPM's Publish show only the issues the viewer may see; the weekly page the
 * app publishes names no issue at all.
 */
const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as SiteData;
const { tess, john } = DEMO_USERS;
const PROJECT = {
  extension: { type: 'jira:projectPage', project: { key: 'FW', id: '10000' } },
  siteUrl: 'https://acme.atlassian.net',
};
// FW-137 "Security fix for the login endpoint" joined the sprint; FW-46 left it; FW-1 is an epic.
const HIDDEN = ['FW-137', 'FW-46', 'FW-1'];
const names = (text: string) => HIDDEN.filter((k) => new RegExp(`${k}(?!\\d)`).test(text));

let site: LocalSite;
let harness: ForgeHarness;
let confluence: ConfluenceData;

beforeEach(async () => {
  confluence = generateConfluenceDemo();
  site = await startLocalSite(withSprintHistory(toSiteDataSet(DEMO)), {
    admins: [tess.accountId],
    now: () => new Date(DEMO_AT),
    confluence,
    hidden: { [john.accountId]: HIDDEN, [tess.accountId]: HIDDEN },
  });
  harness = new ForgeHarness(site.url, () => new Date(DEMO_AT), undefined, { timeScale: 0.001, timeoutSeconds: 60000 });
  harness.install();
  await harness.invoke('saveSettings', { settings: { statusReport: { space: 'TEAM' } } }, PROJECT, tess.accountId);
  await harness.walkNow(PROJECT, tess.accountId); // as the app: it sees every issue
});

afterEach(async () => {
  await harness.settled();
  harness.uninstall();
  await site.close();
});

async function call<T>(key: string, as: string): Promise<T> {
  const r = (await harness.invoke(key, {}, PROJECT, as)) as Result<T>;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data;
}

test('the Sprint tab shows a member only the scope changes and epics they may see; the figures stay', async () => {
  const view = await call<SprintView>('getSprint', john.accountId);
  expect(names(JSON.stringify(view))).toEqual([]);
  expect(view.report?.burndown?.changes.map((c) => c.key)).toEqual(['FW-105']);
  expect(view.report?.epics.map((e) => e.key)).toEqual(['FW-2']);
  // Aggregates are the sprint's, not the viewer's: committed still counts every issue.
  expect(view.report?.burndown?.committed.issues).toBe(20);
  // A viewer who sees everything gets everything.
  const all = await call<SprintView>('getSprint', DEMO_USERS.dana.accountId);
  expect(all.report?.burndown?.changes.map((c) => c.key)).toEqual(['FW-105', 'FW-46', 'FW-137']);
});

test("the page names no hidden issue, not even in a visible finding's message", async () => {
  const walk = await call<WalkView>('getWalk', john.accountId);
  expect(names(JSON.stringify(walk.report))).toEqual([]);
});

test("a TPM's Publish writes only the issues that TPM may see", async () => {
  const page = await call<PublishedPage>('publishReport', tess.accountId);
  const body = confluence.pages.find((p) => p.id === page.pageId)?.body?.value ?? '';
  expect(body).toContain('FW-136'); // a blocker Tess may see
  expect(names(body)).toEqual([]);
});

test('the weekly page the app publishes names no issue: counts only', async () => {
  await harness.weekly();
  await harness.settled();
  const page = confluence.pages.find((p) => p.title.includes('2026-W47'));
  const body = page?.body?.value ?? '';
  expect(body).toContain('issues are counted, not named');
  expect(body).not.toMatch(/\bFW-\d+\b/);
  expect(body).toMatch(/Blocked issues: \d+/);
});
