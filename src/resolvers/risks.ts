import { loadSettings } from '../app/settings/load-settings';
import { heatMap, riskView } from '../app/risks/risk-views';
import { namesOf } from '../app/people/search-people';
import { riskActor, type RiskActor } from '../app/risks/risk-service';
import { periodsAt } from '../app/settings/periods';
import { visibleKeys, type Visible } from '../app/walks/visible-keys';
import type { RiskChange, RiskRow } from '../stores/risk-store';
import { accountIdOf, projectKeyOf, type InvocationContext } from './context';
import { handler } from './handler';
import type { Services } from './deps';

/** A change as a viewer sees it: the linked issues it names cut to the ones they may see. */
const cutChange = (c: RiskChange, visible: Visible): RiskChange => {
  const keysOf = (v: unknown) => (Array.isArray(v) ? v.filter((k) => typeof k === 'string' && visible.has(k)) : v);
  const links = c.fields['issueKeys'];
  return links ? { ...c, fields: { ...c.fields, issueKeys: { from: keysOf(links.from), to: keysOf(links.to) } } } : c;
};

/** The Risks tab's resolvers: the register, read by everyone who can browse the project, changed by its TPMs and owners. */
export function riskResolvers(s: Services) {
  const { deps, stores, risks } = s;
  const actor = async (context: InvocationContext): Promise<RiskActor> => {
    const project = projectKeyOf(context);
    const { settings } = await loadSettings(stores, project);
    return riskActor({
      api: deps.requester('user'),
      project,
      accountId: accountIdOf(context),
      settings,
      now: deps.now(),
    });
  };
  /** The latest stored walk's report (today's, else the last one walked). */
  const latest = async (a: RiskActor) => {
    const day = periodsAt(a.now, a.settings.timezone).day;
    return (await stores.getDayOrLatest(a.project, day, await stores.trend(a.project, 30, day)))?.report ?? null;
  };
  /** Rows as this viewer sees them: names, the issues they may see, the stored walk's findings. */
  const views = async (a: RiskActor, rows: RiskRow[]) => {
    const [names, visible, tpm, report] = await Promise.all([
      namesOf(
        a.api,
        rows.flatMap((r) => [r.risk.owner, r.risk.reviewedBy]),
      ),
      visibleKeys(a.api, a.project),
      a.tpm(),
      latest(a),
    ]);
    const o = { names, visible, report, viewer: a.accountId, tpm };
    return { tpm, visible, report, list: rows.map((r) => riskView(r, o)) };
  };
  const one = async (a: RiskActor, row: RiskRow) => (await views(a, [row])).list[0]!;

  return {
    listRisks: handler('listRisks', async ({ sort, cursor, limit }, context) => {
      const a = await actor(context);
      const [page, all] = await Promise.all([
        risks.page(a.project, sort ?? 'score', limit ?? 50, cursor),
        risks.all(a.project),
      ]);
      const { tpm, list, visible, report } = await views(a, page.rows);
      // Suggestions are the TPM's to take: a member gets none (no control they cannot use).
      const suggestions = tpm ? await risks.suggestions(a, report, visible, all) : [];
      return {
        ok: true,
        data: {
          risks: list,
          nextCursor: page.nextCursor,
          heat: heatMap(all),
          total: all.length,
          canCreate: tpm,
          suggestions,
        },
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

    acceptRiskSuggestion: handler('acceptRiskSuggestion', async ({ cause }, context) => {
      const a = await actor(context);
      const [report, visible] = await Promise.all([latest(a), visibleKeys(a.api, a.project)]);
      const row = await risks.accept(a, report, visible, cause);
      return { ok: true, data: await one(a, row) };
    }),

    dismissRiskSuggestion: handler('dismissRiskSuggestion', async ({ cause }, context) => {
      const a = await actor(context);
      const [report, visible] = await Promise.all([latest(a), visibleKeys(a.api, a.project)]);
      await risks.dismiss(a, report, visible, cause);
      return { ok: true, data: { dismissed: cause } };
    }),

    riskHistory: handler('riskHistory', async ({ id }, context) => {
      const project = projectKeyOf(context);
      const [changes, visible] = await Promise.all([
        risks.history(project, id),
        visibleKeys(deps.requester('user'), project),
      ]);
      return { ok: true, data: changes.map((c) => cutChange(c, visible)) };
    }),
  };
}
