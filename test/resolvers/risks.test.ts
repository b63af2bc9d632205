import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FindingsPage, Result, RiskPage, RiskView, WalkView, RiskChange } from '../../src/app/contract';
import { DEMO_AT, DEMO_USERS } from '../../dev/demo/demo-snapshot';
import { ForgeHarness } from '../../dev/preview/forge-harness';
import { startLocalSite, type LocalSite } from '../../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../../dev/local-site/site-data';
import { RiskStore } from '../../src/stores/risk-store';

const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as SiteData;
const TESS = DEMO_USERS.tess.accountId; // the TPM, a project admin
const JOHN = DEMO_USERS.john.accountId; // a member
const DANA = DEMO_USERS.dana.accountId; // a member who will own a risk
const PROJECT = { extension: { type: 'jira:projectPage', project: { key: 'FW', id: '10000' } } };

let site: LocalSite;
let harness: ForgeHarness;
beforeEach(async () => {
  site = await startLocalSite(toSiteDataSet(DEMO), { admins: [TESS], now: () => new Date(DEMO_AT) });
  harness = new ForgeHarness(site.url, () => new Date(DEMO_AT));
  harness.install();
});
afterEach(async () => {
  harness.uninstall();
  await site.close();
});

const call = <T>(key: string, payload: unknown, accountId = TESS) =>
  harness.invoke(key, payload, PROJECT, accountId) as Promise<Result<T>>;
function data<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data;
}
const base = { title: 'Vendor API changes', probability: 3, impact: 4, mitigation: '' };

describe('the risk register (checks-delivery.md `risk`)', () => {
  test('a TPM adds a risk; everyone reads it; the walk checks it and the finding goes once it is reviewed', async () => {
    const risk = data(await call<RiskView>('saveRisk', { ...base, owner: DANA, issueKeys: ['FW-137'] }));
    expect(risk).toMatchObject({ score: 12, status: 'open', version: 1, owner: { displayName: 'Dana Scully' } });
    const asMember = data(await call<RiskPage>('listRisks', {}, JOHN));
    expect(asMember.risks.map((r) => [r.title, r.canChange])).toEqual([['Vendor API changes', false]]);
    expect(asMember.canCreate).toBe(false);
    expect(asMember.heat[2]?.[3]).toBe(1);

    const codes = async () => {
      data((await harness.walkNow(PROJECT, TESS)) as Result<WalkView>);
      const page = data(await call<FindingsPage>('getFindings', { check: 'risk', limit: 5000 }));
      return page.rows.map((f) => `${f.code} ${f.subject ?? ''}`);
    };
    // Never reviewed, score 12 without mitigation, FW-137 blocked at level 3: stale, no-mitigation, materialized.
    expect((await codes()).sort()).toEqual(
      [`materialized risk:${risk.id}`, `no-mitigation risk:${risk.id}`, `stale risk:${risk.id}`].sort(),
    );
    const reviewed = data(await call<RiskView>('reviewRisk', { id: risk.id, version: risk.version }));
    expect(reviewed).toMatchObject({ reviewedAt: '2026-11-19T17:30:00.000Z', reviewedBy: 'Tess Ortega', version: 2 });
    expect(await codes()).not.toContain(`stale risk:${risk.id}`);
    const page = data(await call<RiskPage>('listRisks', {}));
    expect(page.risks[0]?.findings.sort()).toEqual(['materialized', 'no-mitigation']);
  });

  test('a member who owns no risk cannot add or change one; an owner reviews and edits theirs', async () => {
    const refused = await call<RiskView>('saveRisk', base, JOHN);
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
    const risk = data(await call<RiskView>('saveRisk', { ...base, owner: DANA }));
    const notTheirs = await call<RiskView>('reviewRisk', { id: risk.id, version: 1 }, JOHN);
    expect(notTheirs.ok ? null : notTheirs.error.code).toBe('FORBIDDEN');
    const byOwner = data(await call<RiskView>('reviewRisk', { id: risk.id, version: 1 }, DANA));
    expect(byOwner.reviewedBy).toBe('Dana Scully');
    const edited = data(
      await call<RiskView>('saveRisk', { ...base, id: risk.id, version: 2, owner: DANA, mitigation: 'Pin it' }, DANA),
    );
    expect(edited).toMatchObject({ mitigation: 'Pin it', version: 3, canChange: true });
  });

  test('two edits of one risk from the same version: the second gets a clear conflict, nothing lost', async () => {
    const risk = data(await call<RiskView>('saveRisk', base));
    const first = await call<RiskView>('saveRisk', { ...base, id: risk.id, version: 1, mitigation: 'A' });
    const second = await call<RiskView>('saveRisk', { ...base, id: risk.id, version: 1, mitigation: 'B' });
    expect(data(first).mitigation).toBe('A');
    expect(second.ok ? null : second.error.code).toBe('CONFLICT');
    expect(second.ok ? '' : second.error.message).toMatch(/changed by someone else/);
    const [kept] = data(await call<RiskPage>('listRisks', {})).risks;
    expect(kept?.mitigation).toBe('A');
    const history = data(await call<RiskChange[]>('riskHistory', { id: risk.id }));
    expect(history.map((h) => [h.action, h.by])).toEqual([
      ['created', TESS],
      ['edited', TESS],
    ]);
    expect(history[1]?.fields.mitigation).toEqual({ from: '', to: 'A' });
  });

  test('bad input is a clear error naming the field; nothing is written', async () => {
    const long = await call<RiskView>('saveRisk', { ...base, title: 'x'.repeat(201) });
    expect(long.ok ? null : [long.error.field, long.error.message]).toEqual([
      'title',
      expect.stringMatching(/at most 200 characters/),
    ]);
    const mitigation = await call<RiskView>('saveRisk', { ...base, mitigation: 'x'.repeat(4001) });
    expect(mitigation.ok ? null : mitigation.error.field).toBe('mitigation');
    const score = await call<RiskView>('saveRisk', { ...base, impact: 6 });
    expect(score.ok ? null : score.error.field).toBe('impact');
    const owner = await call<RiskView>('saveRisk', { ...base, owner: 'tess' });
    expect(owner.ok ? null : owner.error.field).toBe('owner');
    const foreign = await call<RiskView>('saveRisk', { ...base, issueKeys: ['OPS-12'] });
    expect(foreign.ok ? null : foreign.error.field).toBe('issueKeys');
    expect(data(await call<RiskPage>('listRisks', {})).total).toBe(0);
  });

  test('close and reopen, link and unlink; a closed risk leaves the heat map', async () => {
    const risk = data(await call<RiskView>('saveRisk', base));
    const linked = data(await call<RiskView>('linkRisk', { id: risk.id, version: 1, add: ['FW-136', 'FW-101'] }));
    expect(linked.issueKeys).toEqual(['FW-101', 'FW-136']);
    const unlinked = data(await call<RiskView>('linkRisk', { id: risk.id, version: 2, remove: ['FW-101'] }));
    expect(unlinked.issueKeys).toEqual(['FW-136']);
    const closed = data(await call<RiskView>('setRiskStatus', { id: risk.id, version: 3, status: 'closed' }));
    expect(closed.status).toBe('closed');
    expect(
      data(await call<RiskPage>('listRisks', {}))
        .heat.flat()
        .reduce((a, b) => a + b, 0),
    ).toBe(0);
    const reopened = data(await call<RiskView>('setRiskStatus', { id: risk.id, version: 4, status: 'open' }));
    expect(reopened.status).toBe('open');
  });

  test('1,000 risks: listed in pages of 50 by score, every value within Forge limits', async () => {
    // Written through the production store (the resolver's path is proved above), at the fields' maximum sizes.
    const store = new RiskStore();
    for (let i = 0; i < 1000; i++) {
      const at = new Date(Date.parse(DEMO_AT) - i * 60000).toISOString();
      const written = await store.write(
        'FW',
        {
          id: `r${i}`,
          title: `Risk ${i} ${'t'.repeat(180)}`,
          description: 'd'.repeat(4000),
          probability: (i % 5) + 1,
          impact: ((i >> 2) % 5) + 1,
          owner: null,
          mitigation: 'm'.repeat(4000),
          status: 'open',
          reviewedAt: null,
          reviewedBy: null,
          issueKeys: [],
          createdAt: at,
          createdBy: TESS,
          updatedAt: at,
          updatedBy: TESS,
        },
        null,
        { at, by: TESS, action: 'created', fields: {} },
      );
      expect(written).not.toBe(false);
    }
    const seen: RiskView[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: RiskPage = data(await call<RiskPage>('listRisks', { sort: 'score', ...(cursor ? { cursor } : {}) }));
      seen.push(...page.risks);
      cursor = page.nextCursor;
      pages++;
      expect(page.total).toBe(1000);
    } while (cursor);
    expect(pages).toBe(20);
    expect(new Set(seen.map((r) => r.id)).size).toBe(1000);
    const scores = seen.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(harness.runtime.kvs.largestValue.bytes).toBeLessThan(240 * 1024);
  }, 120000);
});
