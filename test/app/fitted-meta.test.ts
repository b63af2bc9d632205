import { DEMO_AT } from '../../dev/demo/demo-snapshot';
import { KVS_LIMITS } from '../../dev/forge-stand-in/kvs-limits';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalSite, type LocalSite } from '../../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../../dev/local-site/site-data';
import { ForgeHarness } from '../../dev/preview/forge-harness';
import { AppStores } from '../../src/app/records/app-stores';
import { fittedMembers, META_BYTES } from '../../src/app/records/fitted-meta';
import { cutReport } from '../../src/app/walks/visibility';
import type { MemberSummary, Report } from '../../src/engine/report';
import { KvsStore } from '../../src/stores/kvs-store';

/** A 50,000-issue board's walk: 30 members with many active issues each (its meta was 340 KB). */
const member = (i: number, active: number): MemberSummary => ({
  accountId: `712020:m${i}`,
  displayName: `Member ${i}`,
  timeZone: 'UTC',
  today: '2026-11-19',
  prevWorkingDay: '2026-11-18',
  activeIssues: Array.from({ length: active }, (_, k) => `BIG-${i * active + k + 1}`),
  load: active,
  openIssues: active,
  reading: null,
  status: 'red',
  counts: { error: 1, warning: 0, info: 0 },
});
const report = (active: number): Report => ({
  at: DEMO_AT,
  project: { id: '1', key: 'BIG', name: null },
  sprint: null,
  score: 50,
  members: Array.from({ length: 30 }, (_, i) => member(i, active)),
  findings: [],
  skipped: [],
});
const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as SiteData;
const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v), 'utf8');

test("a small walk's meta is stored as it is", () => {
  const meta = { report: report(20), people: {} };
  expect(fittedMembers(meta)).toBe(meta);
});

test("a meta too big for one value gets its members' active issues cut, each with its count", () => {
  const meta = { report: report(2000), people: {} };
  expect(bytes(meta)).toBeGreaterThan(KVS_LIMITS.valueBytes);
  const fitted = fittedMembers(meta);
  expect(bytes(fitted)).toBeLessThanOrEqual(META_BYTES);
  for (const [i, m] of fitted.report.members.entries()) {
    expect(m.activeIssues).toEqual(meta.report.members[i]?.activeIssues.slice(0, m.activeIssues.length));
    expect(m.activeIssues.length).toBeLessThanOrEqual(200);
    expect(m.activeTotal).toBe(2000);
  }
});

test('a viewer who cannot see every key listed gets no count', () => {
  const stored = fittedMembers({ report: report(2000), people: {} }).report;
  const first = stored.members[0]!;
  const all = new Set(stored.members.flatMap((m) => m.activeIssues));
  expect(cutReport(stored, all).members[0]?.activeTotal).toBe(2000);
  const hidden = new Set([...all].filter((k) => k !== first.activeIssues[0]));
  const cut = cutReport(stored, hidden).members[0];
  expect(cut?.activeTotal).toBeUndefined();
  expect(cut?.activeIssues).not.toContain(first.activeIssues[0]);
});

describe('in Forge storage', () => {
  let site: LocalSite;
  let harness: ForgeHarness;
  beforeEach(async () => {
    site = await startLocalSite(toSiteDataSet(DEMO));
    harness = new ForgeHarness(site.url, () => new Date(DEMO_AT));
    harness.install();
  });
  afterEach(async () => {
    harness.uninstall();
    await site.close();
  });

  test('the walk of a board with thousands of active issues a member is saved and read back', async () => {
    const stores = new AppStores(new KvsStore());
    await stores.saveDay('BIG', '2026-11-19', report(2000), { a: 'A' });
    expect(harness.runtime.kvs.largestValue.bytes).toBeLessThanOrEqual(KVS_LIMITS.valueBytes);
    const back = await stores.getDay('BIG', '2026-11-19');
    expect(back?.report.members).toHaveLength(30);
    expect(back?.report.members[0]?.activeTotal).toBe(2000);
  });
});
