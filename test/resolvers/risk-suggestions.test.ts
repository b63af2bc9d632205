import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result, RiskChange, RiskPage, RiskView } from '../../src/app/contract';
import { DEMO_AT, DEMO_USERS } from '../../dev/demo/demo-snapshot';
import { ForgeHarness } from '../../dev/preview/forge-harness';
import { startLocalSite, type LocalSite } from '../../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../../dev/local-site/site-data';

const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as SiteData;
const TESS = DEMO_USERS.tess.accountId; // the TPM, a project admin
const JOHN = DEMO_USERS.john.accountId; // a member
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

const walk = () => harness.walkNow(PROJECT, TESS);
const causes = async (as = TESS) => data(await call<RiskPage>('listRisks', {}, as)).suggestions.map((x) => x.cause);

describe('suggested risks (issue 25)', () => {
  test("the walk proposes a risk for a level-3 blocker, another team's old blocker and a blocked version", async () => {
    await walk();
    const page = data(await call<RiskPage>('listRisks', {}));
    expect(page.suggestions.map((x) => [x.cause, x.probability * x.impact, x.issueKeys])).toEqual([
      ['blocked:FW-137', 16, ['FW-135', 'FW-137']],
      ['version:10400', 16, ['FW-137']],
      // OPS-12 is another project's: a risk links only its own project's issues.
      ['blocked:FW-136', 9, ['FW-136']],
    ]);
    expect(page.suggestions[0]?.title).toBe('FW-137 "Security fix for the login endpoint" may slip: it is blocked');
    expect(page.suggestions[2]?.why).toBe('FW-136 has waited on another team for 3 working days');
  });

  test('accepting one puts it in the register with its issues linked; it is not proposed again', async () => {
    await walk();
    const risk = data(await call<RiskView>('acceptRiskSuggestion', { cause: 'blocked:FW-137' }));
    expect(risk).toMatchObject({
      score: 16,
      status: 'open',
      issueKeys: ['FW-135', 'FW-137'],
      version: 1,
      owner: { accountId: TESS, displayName: 'Tess Ortega' },
    });
    expect(await causes()).toEqual(['version:10400', 'blocked:FW-136']);
    const history = data(await call<RiskChange[]>('riskHistory', { id: risk.id }));
    expect(history.map((h) => [h.action, h.by])).toEqual([['created', TESS]]);
    // A new walk still sees the blocker: the register has it, so it is not proposed again.
    await walk();
    expect(await causes()).toEqual(['version:10400', 'blocked:FW-136']);
    const again = await call<RiskView>('acceptRiskSuggestion', { cause: 'blocked:FW-137' });
    expect(again.ok ? null : again.error.code).toBe('NOT_FOUND');
  });

  test('dismissing one keeps it away on later walks; the register is unchanged', async () => {
    await walk();
    expect(data(await call<{ dismissed: string }>('dismissRiskSuggestion', { cause: 'version:10400' }))).toEqual({
      dismissed: 'version:10400',
    });
    await walk();
    expect(await causes()).toEqual(['blocked:FW-137', 'blocked:FW-136']);
    expect(data(await call<RiskPage>('listRisks', {})).total).toBe(0);
  });

  test('a member gets no suggestion and may neither take nor dismiss one', async () => {
    await walk();
    expect(await causes(JOHN)).toEqual([]);
    for (const key of ['acceptRiskSuggestion', 'dismissRiskSuggestion']) {
      const r = await call(key, { cause: 'blocked:FW-137' }, JOHN);
      expect(r.ok ? null : r.error.code).toBe('FORBIDDEN');
    }
    expect(await causes()).toContain('blocked:FW-137');
  });

  test('a malformed cause is refused, naming the field', async () => {
    const r = await call('acceptRiskSuggestion', { cause: 'risk:<script>' });
    expect(r.ok ? null : [r.error.code, r.error.field]).toEqual(['BAD_REQUEST', 'cause']);
  });

  test("a TPM who may not see an issue gets no suggestion about it, and a risk's history does not name it", async () => {
    // One store file across two sites: the same register, then FW-137 hidden from Tess (issue security).
    const store = join(mkdtempSync(join(tmpdir(), 'fw-risks-')), 'store.json');
    harness.uninstall();
    harness = new ForgeHarness(site.url, () => new Date(DEMO_AT), store);
    harness.install();
    await walk();
    const risk = data(await call<RiskView>('acceptRiskSuggestion', { cause: 'version:10400' }));
    expect(risk.issueKeys).toEqual(['FW-137']);
    data(await call<RiskView>('linkRisk', { id: risk.id, version: 1, add: ['FW-136'] }));
    harness.uninstall();
    await site.close();
    site = await startLocalSite(toSiteDataSet(DEMO), {
      admins: [TESS],
      now: () => new Date(DEMO_AT),
      hidden: { [TESS]: ['FW-137'] },
    });
    harness = new ForgeHarness(site.url, () => new Date(DEMO_AT), store);
    harness.install();
    await walk();
    const page = data(await call<RiskPage>('listRisks', {}));
    expect(page.suggestions.map((x) => x.cause)).not.toContain('blocked:FW-137');
    expect(page.total).toBe(1);
    expect(page.risks[0]?.issueKeys).toEqual(['FW-136']);
    expect(JSON.stringify(page)).not.toMatch(/FW-137(?!\d)/);
    const history = data(await call<RiskChange[]>('riskHistory', { id: risk.id }));
    expect(history.map((h) => [h.action, h.fields['issueKeys'] ?? null])).toEqual([
      ['created', null],
      ['linked', { from: [], to: ['FW-136'] }],
    ]);
    expect(JSON.stringify(history)).not.toMatch(/FW-137(?!\d)/);
  });

  test('no walk yet: nothing is proposed', async () => {
    expect(await causes()).toEqual([]);
  });
});
