import type { Finding, FindingsPage, FindingsQuery, Result, WalkView } from '../../src/app/contract';
import { DEMO_USERS } from '../../dev/demo/demo-snapshot';
import type { ForgeHarness } from '../../dev/preview/forge-harness';
import { allFindings } from '../support/findings';
import { PAGE, startDemo, type DemoHarness } from '../support/demo-harness';

/** The Findings tab on the server (issue 26): filters, groups, sort and pages of the stored walk, cut to the viewer. */
const { tess } = DEMO_USERS;

let demo: DemoHarness;
let harness: ForgeHarness;
let view: WalkView;
beforeEach(async () => {
  demo = await startDemo();
  harness = demo.harness;
  view = await demo.data<WalkView>('getWalk', {});
});
afterEach(() => demo.close());

const ask = (as: string) => (q: FindingsQuery) =>
  harness.invoke('getFindings', q, PAGE, as) as Promise<Result<FindingsPage>>;
async function page(q: FindingsQuery, as = tess.accountId): Promise<FindingsPage> {
  const r = await ask(as)(q);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data;
}
const RANK = { error: 0, warning: 1, info: 2 } as const;
/** The member with the most findings of the walk (of `severity`, when told). */
function busiest(all: readonly Finding[], severity?: Finding['severity']): string {
  const members = new Set(view.report?.members.map((m) => m.accountId));
  const counts = new Map<string, number>();
  for (const f of all)
    if (f.accountId && members.has(f.accountId) && (!severity || f.severity === severity))
      counts.set(f.accountId, (counts.get(f.accountId) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!top) throw new Error('no member has a finding');
  return top[0];
}
const nameOf = (accountId: string) => view.report?.members.find((m) => m.accountId === accountId)?.displayName;

test("every finding of the walk, once: the checks' counts and the groups add up to the walk's own counts", async () => {
  const all = await allFindings(ask(tess.accountId));
  expect(all.length).toBe(view.findingCounts.total);
  expect(all.length).toBeGreaterThan(20);
  const grouped = await page({ group: 'check' });
  expect(grouped.rows).toEqual([]);
  for (const g of grouped.groups ?? []) {
    const counts = view.findingCounts.byCheck[g.key as Finding['check']];
    expect({ error: g.error, warning: g.warning, info: g.info }).toEqual(counts);
    expect(all.filter((f) => f.check === g.key)).toHaveLength(g.count);
  }
  const sizes = (grouped.groups ?? []).map((g) => g.count);
  expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  expect(grouped.checks?.reduce((n, c) => n + c.count, 0)).toBe(all.length);
  // The page itself carries only the blockers' and the workload's findings.
  expect(view.report?.findings.map((f) => f.check).every((c) => c === 'blocked' || c === 'workload')).toBe(true);
  expect(view.report?.findings.length).toBe(all.filter((f) => f.check === 'blocked' || f.check === 'workload').length);
});

test('filters by check, severity and member; a check filter reads that check alone (no totals)', async () => {
  const all = await allFindings(ask(tess.accountId));
  const check = all[0]?.check ?? 'focus-in';
  const one = await page({ check, limit: 5000 });
  expect(one.total).toBeNull();
  expect(one.rows).toEqual(all.filter((f) => f.check === check));
  const errors = await page({ severity: 'error', limit: 5000 });
  expect(errors.rows).toEqual(all.filter((f) => f.severity === 'error'));
  expect(errors.total).toBe(all.length);
  const who = busiest(all);
  const theirs = await page({ member: who, limit: 5000 });
  expect(theirs.rows.length).toBeGreaterThan(0);
  expect(theirs.rows).toEqual(all.filter((f) => f.accountId === who));
  const nobody = await page({ member: '~unassigned', limit: 5000 });
  expect(nobody.rows).toEqual(all.filter((f) => f.accountId === null));
});

test('sorted by a column and paged: consecutive windows make the whole sorted list', async () => {
  const bySeverity = await page({ sort: { key: 'severity', order: 'ASC' }, limit: 5000 });
  const ranks = bySeverity.rows.map((f) => RANK[f.severity]);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  const byIssue = await page({ sort: { key: 'issue', order: 'DESC' }, limit: 5000 });
  const first = await page({ sort: { key: 'issue', order: 'DESC' }, offset: 0, limit: 7 });
  const second = await page({ sort: { key: 'issue', order: 'DESC' }, offset: 7, limit: 7 });
  expect([...first.rows, ...second.rows]).toEqual(byIssue.rows.slice(0, 14));
  const numbers = byIssue.rows.filter((f) => f.issueKey).map((f) => Number(f.issueKey?.split('-')[1]));
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
});

test("grouped by member: a group's rows are that member's, and the groups' counts add up to the matches", async () => {
  const who = busiest(await allFindings(ask(tess.accountId)), 'error');
  const grouped = await page({ group: 'member', severity: 'error' });
  const groups = grouped.groups ?? [];
  expect(groups.reduce((n, g) => n + g.count, 0)).toBe(grouped.matched);
  const theirs = groups.find((g) => g.key === who);
  expect(theirs?.label).toBe(nameOf(who));
  const rows = await page({ group: 'member', severity: 'error', groupKey: who, limit: 5000 });
  expect(rows.rowsTotal).toBe(theirs?.count);
  expect(rows.rows.length).toBe(theirs?.count);
  expect(rows.rows.every((f) => f.accountId === who && f.severity === 'error')).toBe(true);
});

test("under privacy 'own' a member pages their own and nobody's findings only; the TPM pages the team's", async () => {
  await demo.data('saveSettings', { settings: { privacy: { membersSee: 'own' } } });
  const team = await allFindings(ask(tess.accountId));
  const who = busiest(team);
  expect(who).not.toBe(tess.accountId);
  const mine = await allFindings(ask(who));
  expect(mine).toEqual(team.filter((f) => f.accountId === null || f.accountId === who));
  expect(mine.length).toBeLessThan(team.length);
  const walk = (await harness.invoke('getWalk', {}, PAGE, who)) as Result<WalkView>;
  expect(walk.ok && Object.keys(walk.data.memberWorst)).toEqual([who]);
  const tpm = (await harness.invoke('getWalk', {}, PAGE, tess.accountId)) as Result<WalkView>;
  expect(tpm.ok && Object.keys(tpm.data.memberWorst).length).toBeGreaterThan(1);
});

test.each([
  [{ check: 'no-such-check' }, 'check'],
  [{ limit: 5001 }, 'limit'],
  [{ offset: -1 }, 'offset'],
  [{ sort: { key: 'message', order: 'ASC' } }, 'sort.key'],
  [{ group: 'day' }, 'group'],
])('a bad query %p is refused, naming %s', async (payload, field) => {
  const r = (await harness.invoke('getFindings', payload, PAGE, tess.accountId)) as Result<FindingsPage>;
  expect(r.ok ? null : [r.error.code, r.error.field]).toEqual(['BAD_REQUEST', field]);
});
