import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IssueFindingsView, Result } from '../../src/app/contract';
import { DEMO_AT, DEMO_USERS } from '../../dev/demo/demo-snapshot';
import { ForgeHarness } from '../../dev/preview/forge-harness';
import { startLocalSite, type LocalSite } from '../../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../../dev/local-site/site-data';

/** `privacy.membersSee: own` holds on the issue panel as on the page: a member reads no colleague's day. */
const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as SiteData;
const { tess, john, dana } = DEMO_USERS;
const PAGE = { extension: { type: 'jira:projectPage', project: { key: 'FW', id: '10000' } } };
const panel = (key: string) => ({
  extension: { type: 'jira:issueContext', project: { key: 'FW', id: '10000' }, issue: { key } },
});

let site: LocalSite;
let harness: ForgeHarness;
beforeEach(async () => {
  site = await startLocalSite(toSiteDataSet(DEMO), { admins: [tess.accountId], now: () => new Date(DEMO_AT) });
  harness = new ForgeHarness(site.url, () => new Date(DEMO_AT));
  harness.install();
});
afterEach(async () => {
  harness.uninstall();
  await site.close();
});

async function findings(key: string, as: string): Promise<IssueFindingsView> {
  const r = (await harness.invoke('getIssueFindings', {}, panel(key), as)) as Result<IssueFindingsView>;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data;
}

async function walkWith(membersSee: 'team' | 'own'): Promise<void> {
  const saved = (await harness.invoke(
    'saveSettings',
    { settings: { privacy: { membersSee } } },
    PAGE,
    tess.accountId,
  )) as Result<unknown>;
  expect(saved.ok).toBe(true);
  await harness.walkNow(PAGE, tess.accountId);
}

test("under 'own' a member opening a colleague's issue sees the issue's findings, not the colleague's day", async () => {
  await walkWith('own');
  // John's FW-105, read by Dana (a member): John misses Focus In and worklogs, none of it shown.
  const theirs = await findings('FW-105', dana.accountId);
  expect(theirs.assignee).toBeNull();
  expect(theirs.dayHidden).toBe(true); // the panel says why, rather than "nobody on the team"
  expect(theirs.memberFindings).toEqual([]);
  expect(theirs.findings.filter((f) => f.accountId !== null && f.accountId !== dana.accountId)).toEqual([]);
  // Her own issue: her own day.
  expect((await findings('FW-101', dana.accountId)).assignee?.accountId).toBe(dana.accountId);
  // The TPM reads John's day on his issue.
  const tpm = await findings('FW-105', tess.accountId);
  expect(tpm.assignee?.accountId).toBe(john.accountId);
  expect(tpm.dayHidden).toBe(false);
  expect(tpm.memberFindings.map((f) => f.check)).toContain('focus-in');
});

test("under 'team' (the default) a member reads the colleague's day on the panel", async () => {
  await walkWith('team');
  const theirs = await findings('FW-105', dana.accountId);
  expect(theirs.assignee?.accountId).toBe(john.accountId);
  expect(theirs.memberFindings.map((f) => f.check)).toContain('focus-in');
});
