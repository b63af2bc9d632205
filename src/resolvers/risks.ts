import { loadSettings } from '../app/settings/load-settings';
import { isTpm } from '../app/access/require-admin';
import { heatMap, namesOf, riskView } from '../app/risks/risk-views';
import type { RiskActor } from '../app/risks/risk-service';
import { periodsAt } from '../app/settings/periods';
import { visibleKeys } from '../app/walks/visibility';
import type { RiskRow } from '../stores/risk-store';
import { accountIdOf, projectKeyOf, type InvocationContext } from './context';
import { handler } from './handler';
import type { Services } from './deps';

/** The Risks tab's resolvers: the register, read by everyone who can browse the project, changed by its TPMs and owners. */
export function riskResolvers(s: Services) {
  const { deps, stores, risks } = s;
  const actor = async (context: InvocationContext): Promise<RiskActor> => {
    const project = projectKeyOf(context);
    const { settings } = await loadSettings(stores, project);
    return { api: deps.requester('user'), project, accountId: accountIdOf(context), settings, now: deps.now() };
  };
  /** Rows as this viewer sees them: names, the issues they may see, the stored walk's findings. */
  const views = async (a: RiskActor, rows: RiskRow[]) => {
    const day = periodsAt(a.now, a.settings.timezone).day;
    const [names, visible, tpm, stored] = await Promise.all([
      namesOf(
        a.api,
        rows.flatMap((r) => [r.risk.owner, r.risk.reviewedBy]),
      ),
      visibleKeys(a.api, a.project),
      isTpm(a.api, a.project, a.accountId, a.settings),
      stores.getDayOrLatest(a.project, day, await stores.trend(a.project, 30, day)),
    ]);
    const o = { names, visible, report: stored?.report ?? null, viewer: a.accountId, tpm };
    return { tpm, list: rows.map((r) => riskView(r, o)) };
  };
  const one = async (a: RiskActor, row: RiskRow) => (await views(a, [row])).list[0]!;

  return {
    listRisks: handler('listRisks', async ({ sort, cursor, limit }, context) => {
      const a = await actor(context);
      const [page, all] = await Promise.all([
        risks.page(a.project, sort ?? 'score', limit ?? 50, cursor),
        risks.all(a.project),
      ]);
      const { tpm, list } = await views(a, page.rows);
      return {
        ok: true,
        data: { risks: list, nextCursor: page.nextCursor, heat: heatMap(all), total: all.length, canCreate: tpm },
      };
    }),

    saveRisk: handler('saveRisk', async ({ id, version, ...fields }, context) => {
      const a = await actor(context);
      const row =
        id && version
          ? await risks.change(a, id, version, 'edited', () => ({
              title: fields.title,
              description: fields.description ?? '',
              mitigation: fields.mitigation ?? '',
              probability: fields.probability,
              impact: fields.impact,
              owner: fields.owner ?? null,
              ...(fields.issueKeys ? { issueKeys: [...new Set(fields.issueKeys)].sort() } : {}),
            }))
          : await risks.create(a, fields);
      return { ok: true, data: await one(a, row) };
    }),

    setRiskStatus: handler('setRiskStatus', async ({ id, version, status }, context) => {
      const a = await actor(context);
      const action = status === 'closed' ? 'closed' : 'reopened';
      const row = await risks.change(a, id, version, action, () => ({ status }));
      return { ok: true, data: await one(a, row) };
    }),

    reviewRisk: handler('reviewRisk', async ({ id, version }, context) => {
      const a = await actor(context);
      const at = a.now.toISOString();
      const row = await risks.change(a, id, version, 'reviewed', () => ({ reviewedAt: at, reviewedBy: a.accountId }));
      return { ok: true, data: await one(a, row) };
    }),

    linkRisk: handler('linkRisk', async ({ id, version, add, remove }, context) => {
      const a = await actor(context);
      const row = await risks.change(a, id, version, add?.length ? 'linked' : 'unlinked', (r) => ({
        issueKeys: [...new Set([...r.issueKeys, ...(add ?? [])])].filter((k) => !(remove ?? []).includes(k)).sort(),
      }));
      return { ok: true, data: await one(a, row) };
    }),

    riskHistory: handler('riskHistory', async ({ id }, context) => {
      const project = projectKeyOf(context);
      return { ok: true, data: await risks.history(project, id) };
    }),
  };
}
