import { NotFoundError } from '../core/errors';
import { canAdministerProject } from '../fetch/jira/can-administer-project';
import { parseSettings } from '../settings/schema';
import type { Resolvers } from '../app/contract';
import { walkView } from '../app/walks/walk-service';
import { loadSettings } from '../app/settings/load-settings';
import { periodsAt } from '../app/settings/periods';
import { startWalk, walkRun } from '../app/walks/background-walks';
import { tickItem } from '../app/checklist/tick';
import { requireAdmin } from '../app/access/require-admin';
import { accountIdOf, projectKeyOf } from './context';
import { ConflictError } from '../core/errors';
import { InputError } from '../core/input-error';
import { rememberSiteUrl, sentView, siteUrlOf } from '../app/sending/sent-log';
import { sendNudges } from '../app/sending/send-nudges';
import { escalate } from '../app/sending/escalations';
import { isTpm, requireTpm } from '../app/access/require-admin';
import { buildStatusReport } from '../app/reports/status-report-service';
import { publishStatusReport } from '../app/reports/publish-report';
import { cutSprintReport, cutStatusReport } from '../app/walks/visibility';
import { visibleKeys } from '../app/walks/visible-keys';
import { handler, type Handler } from './handler';
import type { InvocationContext } from './context';
import { PROFILES } from '../settings/defaults';
import { checkPeople } from '../app/settings/check-people';
import type { Services } from './deps';

/** A settings document is one stored value (Forge allows 240 KiB); far less is ever needed. */
const SETTINGS_MAX_BYTES = 64 * 1024;

/** The project page's resolvers (jira:projectPage): the walk, Refresh, settings, the checklist, sending, the Sprint tab, linked code. */
export function projectPageResolvers(s: Services) {
  const { deps, background, stores, codeHost, walkDeps, tpm } = s;
  /** A TPM acting on the project's stored walk of today (else the latest): Nudge and Escalate. */
  const actingTpm = async (context: InvocationContext) => {
    const project = projectKeyOf(context);
    const { settings } = await loadSettings(stores, project);
    const api = deps.requester('user');
    const by = await tpm(api, project, accountIdOf(context), settings);
    const day = periodsAt(deps.now(), settings.timezone).day;
    const stored = await stores.getDayOrLatest(project, day, await stores.trend(project, 30, day));
    if (!stored) throw new NotFoundError('No walk of this project is stored yet: Refresh first.');
    return { project, settings, api, by, day, stored };
  };
  return {
    getWalk: handler('getWalk', async ({ day }, context) => {
      const project = projectKeyOf(context);
      await rememberSiteUrl(deps.store, context.siteUrl ?? null);
      return {
        ok: true,
        data: await walkView(
          walkDeps,
          deps.requester('user'),
          project,
          day,
          context.siteUrl ?? null,
          await walkRun(background, project),
          context.accountId,
        ),
      };
    }),

    startWalk: handler('startWalk', async (_p, context) => {
      const account = accountIdOf(context); // a signed-in user asks; the walk itself runs as the app
      const project = projectKeyOf(context);
      const { settings } = await loadSettings(stores, project);
      // A member's clicks reuse a walk of the last five minutes; a TPM may walk again at once.
      // (When Jira cannot say, no cooldown: the walk itself will tell what is wrong.)
      const cooldown = await isTpm(deps.requester('user'), project, account, settings).then(
        (tpm) => !tpm,
        () => false,
      );
      const day = periodsAt(deps.now(), settings.timezone).day;
      return { ok: true, data: await startWalk(background, project, day, { cooldown }) };
    }),

    getWalkRun: handler('getWalkRun', async (_p, context) => ({
      ok: true,
      data: await walkRun(background, projectKeyOf(context)),
    })),

    getSettings: handler('getSettings', async (_p, context) => {
      const project = projectKeyOf(context);
      const [{ input, settings }, canEdit, revision] = await Promise.all([
        loadSettings(stores, project),
        canAdministerProject(deps.requester('user'), project),
        deps.settings.revision(project),
      ]);
      return {
        ok: true,
        data: {
          settings: input as Resolvers['getSettings']['response']['settings'],
          effective: settings,
          canEdit,
          revision,
          presets: PROFILES,
        },
      };
    }),

    saveSettings: handler('saveSettings', async ({ settings, revision }, context) => {
      const project = projectKeyOf(context);
      await requireAdmin(deps.requester('user'), project, 'change its Focus Walk settings');
      const effective = parseSettings(settings); // throws InputError naming the field: BAD_SETTINGS
      await checkPeople(deps.requester('user'), effective);
      const document = settings ?? {};
      const bytes = Buffer.byteLength(JSON.stringify(document), 'utf8');
      if (bytes > SETTINGS_MAX_BYTES)
        throw new InputError(
          'settings',
          '',
          `they take ${Math.ceil(bytes / 1024)} KiB; at most ${SETTINGS_MAX_BYTES / 1024} KiB are stored (shorten the longest lists)`,
        );
      const saved = await deps.settings.save(project, document, revision ?? (await deps.settings.revision(project)));
      if (saved === null)
        throw new ConflictError(
          'Someone saved these settings since you opened them: reload to see their changes, then make yours again.',
        );
      return { ok: true, data: { settings: document, effective, canEdit: true, revision: saved, presets: PROFILES } };
    }),

    tick: handler('tick', async ({ itemId, ticked, note }, context) => {
      const project = projectKeyOf(context);
      const account = accountIdOf(context);
      const api = deps.requester('user');
      // The TPM's checklist: ticked by the TPMs and the project's administrators; members read it.
      await requireTpm(api, project, account, (await loadSettings(stores, project)).settings);
      return {
        ok: true,
        data: await tickItem(stores, api, deps.now(), project, account, itemId, ticked, note || undefined),
      };
    }),

    getSent: handler('getSent', async ({ cursor, limit }, context) => {
      const project = projectKeyOf(context);
      const accountId = accountIdOf(context); // a signed-in user: never anonymous
      const { settings } = await loadSettings(stores, project);
      const api = deps.requester('user');
      const [all, visible] = await Promise.all([isTpm(api, project, accountId, settings), visibleKeys(api, project)]);
      const day = periodsAt(deps.now(), settings.timezone).day;
      return {
        ok: true,
        data: await sentView(
          background,
          project,
          day,
          { accountId, all, visible },
          {
            ...(cursor ? { cursor } : {}),
            ...(limit ? { limit } : {}),
          },
        ),
      };
    }),

    nudge: handler('nudge', async ({ accountId, code }, context) => {
      const { project, settings, api, by, day, stored } = await actingTpm(context);
      const outcomes = await sendNudges(background, api, {
        project,
        day,
        report: stored.report,
        settings,
        siteUrl: context.siteUrl ?? (await siteUrlOf(deps.store)),
        by,
        only: { accountId, ...(code ? { code } : {}) },
      });
      if (outcomes.length > 0) return { ok: true, data: outcomes };
      const member = stored.report.members.some((m) => m.accountId === accountId);
      const reason = member
        ? 'Nothing to nudge about: no missing Focus In, Focus Out, worklog or reading on a working day.'
        : 'Only members of the team are nudged.';
      return { ok: true, data: [{ code: code ?? 'all', outcome: 'not-due', reason }] };
    }),

    escalate: handler('escalate', async ({ issueKey, again }, context) => {
      const { project, settings, api, by, day, stored } = await actingTpm(context);
      const { outcome, record } = await escalate(background, api, {
        project,
        day,
        report: stored.report,
        settings,
        issueKey,
        people: stored.people,
        by,
        ...(again ? { again } : {}),
      });
      return { ok: true, data: { ...record, outcome } };
    }),

    getSprint: handler('getSprint', async (_p, context) => {
      const project = projectKeyOf(context);
      const account = accountIdOf(context);
      const { settings } = await loadSettings(stores, project);
      const api = deps.requester('user');
      const [report, pages, visible] = await Promise.all([
        stores.getSprintReport(project),
        stores.reportPages(project),
        visibleKeys(api, project),
      ]);
      const canPublish = settings.statusReport.space !== null && (await isTpm(api, project, account, settings));
      // Made as the app: each viewer gets the issues they may see now (aggregates stay).
      const cut = report ? cutSprintReport(report, visible) : null;
      return { ok: true, data: { report: cut, pages, space: settings.statusReport.space, canPublish } };
    }),

    publishReport: handler('publishReport', async (_p, context) => {
      const project = projectKeyOf(context);
      const { settings } = await loadSettings(stores, project);
      const api = deps.requester('user');
      const by = await tpm(api, project, accountIdOf(context), settings);
      const siteUrl = context.siteUrl ?? (await siteUrlOf(deps.store));
      // As the TPM: the report holds only issues they may see, and the page is theirs in Confluence.
      const visible = await visibleKeys(api, project);
      const report = await buildStatusReport(background, project, siteUrl, (r) => cutStatusReport(r, visible));
      return { ok: true, data: await publishStatusReport(stores, api, report, by, deps.now()) };
    }),

    getCodeHost: handler('getCodeHost', async (_p, context) => {
      const project = projectKeyOf(context);
      return {
        ok: true,
        data: await codeHost.view(project, await canAdministerProject(deps.requester('user'), project)),
      };
    }),

    saveCodeHost: handler('saveCodeHost', async ({ provider, repositories, token }, context) => {
      const project = projectKeyOf(context);
      await requireAdmin(deps.requester('user'), project, 'connect a code host');
      await codeHost.save(project, provider, repositories, token);
      return { ok: true, data: await codeHost.view(project, true) };
    }),
  } satisfies {
    [
      K in
        | 'getWalk'
        | 'startWalk'
        | 'getWalkRun'
        | 'getSettings'
        | 'saveSettings'
        | 'tick'
        | 'getSent'
        | 'nudge'
        | 'escalate'
        | 'getSprint'
        | 'publishReport'
        | 'getCodeHost'
        | 'saveCodeHost'
    ]: Handler<K>;
  };
}
