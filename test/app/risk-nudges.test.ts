import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Result, RiskView, SentView } from '../../src/app/contract';
import { DEMO_AT, DEMO_USERS } from '../../dev/demo/demo-snapshot';
import { startLocalSite, type LocalSite } from '../../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../../dev/local-site/site-data';
import { ForgeHarness } from '../../dev/preview/forge-harness';

/**
 * The opt-in `risk/stale` reminder (issue 25): the hourly trigger emails a stale risk's owner,
 * once per risk and ISO week, through the same sending-once log as the other nudges.
 */
const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as SiteData;
const { tess, dana } = DEMO_USERS;
const PROJECT = { extension: { type: 'jira:projectPage', project: { key: 'FW', id: '10000' } } };
const DAY = 24 * 60 * 60 * 1000;

let site: LocalSite;
let harness: ForgeHarness;
let now = new Date(DEMO_AT);

async function start(checks: string[]): Promise<void> {
  now = new Date(DEMO_AT);
  site = await startLocalSite(toSiteDataSet(DEMO), { admins: [tess.accountId], now: () => now, record: true });
  harness = new ForgeHarness(site.url, () => now, undefined, { timeScale: 0.001, timeoutSeconds: 60000 });
  harness.install();
  await call('saveSettings', { settings: { nudges: { checks } } });
}

async function call<T>(key: string, payload: unknown = {}, as = tess.accountId): Promise<T> {
  const r = (await harness.invoke(key, payload, PROJECT, as)) as Result<T>;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data;
}

const riskMails = () => site.outbox.filter((m) => m.subject.includes('weekly review'));

afterEach(async () => {
  await harness.settled();
  harness.uninstall();
  await site.close();
});

test("a stale risk's owner is reminded once a week, on the risk's linked issue; a fresh risk's owner is not", async () => {
  await start(['risk/stale']);
  const stale = await call<RiskView>('saveRisk', {
    title: 'Vendor API changes',
    probability: 3,
    impact: 3,
    owner: dana.accountId,
    issueKeys: ['FW-136'],
  });
  const fresh = await call<RiskView>('saveRisk', {
    title: 'Reviewed',
    probability: 2,
    impact: 2,
    owner: tess.accountId,
  });
  await call('reviewRisk', { id: fresh.id, version: fresh.version });
  await Promise.all([harness.hourly(), harness.hourly()]);
  await harness.settled();
  expect(riskMails().map((m) => [m.to, m.issueKey, m.subject])).toEqual([
    [[dana.accountId], 'FW-136', 'Focus Walk: the risk "Vendor API changes" is due its weekly review'],
  ]);
  expect(riskMails()[0]?.textBody).toContain('it has never been reviewed');
  const log = await call<SentView>('getSent');
  expect(log.items.filter((i) => i.code === 'risk/stale').map((i) => i.to.map((t) => t.accountId))).toEqual([
    [dana.accountId],
  ]);
  // The next day, same ISO week: nothing more. The next week, still stale: one more.
  now = new Date(Date.parse(DEMO_AT) + DAY);
  await harness.hourly();
  await harness.settled();
  expect(riskMails()).toHaveLength(1);
  now = new Date(Date.parse(DEMO_AT) + 5 * DAY); // Tuesday of the next week
  await harness.hourly();
  await harness.settled();
  expect(riskMails()).toHaveLength(2);
  expect(stale.findings).toEqual([]); // no walk yet when it was saved
}, 60000);

test('without risk/stale in nudges.checks no owner is reminded', async () => {
  await start(['focus-in/missing']);
  await call<RiskView>('saveRisk', { title: 'Vendor API changes', probability: 3, impact: 3, owner: dana.accountId });
  await harness.hourly();
  await harness.settled();
  expect(site.outbox.length).toBeGreaterThan(0); // John's Focus In nudge went out
  expect(riskMails()).toEqual([]);
}, 60000);
