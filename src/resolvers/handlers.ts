import { toInputError } from '../core/zod-input-error';
import { FocusWalkError, NotFoundError } from '../core/errors';
import { addComment } from '../fetch/jira/add-comment';
import { canAdministerProject } from '../fetch/jira/can-administer-project';
import type { Requester } from '../fetch/requester';
import { parseSettings } from '../settings/schema';
import type { ErrorCode, ResolverKey, Resolvers, Result } from '../app/contract';
import { AppStores } from '../app/stores';
import { loadSettings, walkView, type WalkDeps } from '../app/walk-service';
import { periodsAt } from '../app/periods';
import { queueDailyWalks, startWalk, walkRun, type BackgroundDeps, type WalkQueue } from '../app/background-walks';
import type { WalkRunStore } from '../stores/walk-run-store';
import { issueFindings } from '../app/issue-findings';
import { tickItem } from '../app/tick';
import { requireAdmin } from '../app/require-admin';
import type { KeyValueStore } from '../stores/key-value-store';
import type { ReadingLog } from '../stores/reading-log';
import { ReadingService, readingConfig } from '../app/reading-service';
import { isValidZone } from '../core/time/zones';
import { CodeHostService, type CodeHostDeps } from '../app/code-host-service';
import { accountIdOf, issueKeyOf, projectKeyOf, type InvocationContext } from './context';
import { PAYLOADS } from './payloads';
import { DateTime } from 'luxon';
import type { SentStore } from '../stores/sent-store';
import { WorkingCalendar } from '../core/time/working-calendar';
import { afterWalk, queueHourly } from '../app/hourly';
import { SENT_RETENTION_DAYS, rememberSiteUrl, sentView, siteUrlOf } from '../app/sent-log';
import { sendNudges } from '../app/send-nudges';
import { escalate } from '../app/escalations';
import { isTpm, requireTpm } from '../app/require-admin';
import { getMyself } from '../fetch/jira/get-myself';
import { buildStatusReport } from '../app/status-report-service';
import { publishStatusReport } from '../app/publish-report';
import { visibleOnly } from '../app/visibility';
import { queueWeeklyReports } from '../app/weekly-report';

export interface HandlerDeps {
  /** Forge's queue of background walks, and the project's walk runs. */
  walkQueue: WalkQueue;
  walkRuns: WalkRunStore;
  /** The log of nudges, digests and escalations (sent-item entity). */
  sent: SentStore;
  store: KeyValueStore;
  /** The reading log of the Confluence macro, which the Jira walk reads too (one app, one storage). */
  readingLog: ReadingLog;
  codeHost: CodeHostDeps;
  /** Jira as the signed-in user (reads and writes) or as the app (the daily trigger). */
  requester: (as: 'user' | 'app') => Requester;
  now: () => Date;
}

type Handler<K extends ResolverKey> = (req: {
  payload: unknown;
  context: InvocationContext;
}) => Promise<Result<Resolvers[K]['response']>>;

const fail = (code: ErrorCode, message: string, field?: string): Result<never> => ({
  ok: false,
  error: { code, message, ...(field ? { field } : {}) },
});

/** Validates the payload, runs the body, and turns every failure into the one error shape. */
function handler<K extends ResolverKey>(
  key: K,
  body: (payload: Resolvers[K]['payload'], context: InvocationContext) => Promise<Result<Resolvers[K]['response']>>,
): Handler<K> {
  return async ({ payload, context }) => {
    const parsed = PAYLOADS[key].safeParse(payload ?? {});
    if (!parsed.success) {
      const error = toInputError('payload', parsed.error);
      return fail('BAD_REQUEST', error.message, error.path);
    }
    try {
      return await body(parsed.data, context ?? {});
    } catch (error) {
      if (error instanceof FocusWalkError) return fail(error.code, error.message, error.field);
      console.error(`resolver ${key} failed`, error);
      return fail('INTERNAL', 'Focus Walk hit an unexpected error; the details are in the app logs.');
    }
  };
}

/** The resolvers: thin, over the walk service and the stores. */
export function createHandlers(deps: HandlerDeps) {
  // The background walks' deps are a superset of a walk's: one set of stores and services.
  const background = backgroundDeps(deps);
  const { stores, codeHost } = background;
  const walkDeps: WalkDeps = background;
  const today = async (project: string) =>
    periodsAt(deps.now(), (await loadSettings(stores, project)).settings.timezone).day;
  const reading = new ReadingService({
    kv: deps.store,
    log: deps.readingLog,
    now: deps.now,
    calendar: async (project) => {
      const s = project ? (await loadSettings(stores, project)).settings : parseSettings({});
      return new WorkingCalendar(s.workingDays, s.holidays);
    },
  });
  const zoneOf = (context: InvocationContext) => (isValidZone(context.timezone) ? context.timezone : 'UTC');

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
        ),
      };
    }),

    startWalk: handler('startWalk', async (_p, context) => {
      accountIdOf(context); // a signed-in user asks; the walk itself runs as the app
      const project = projectKeyOf(context);
      return { ok: true, data: await startWalk(background, project, await today(project)) };
    }),

    getWalkRun: handler('getWalkRun', async (_p, context) => ({
      ok: true,
      data: await walkRun(background, projectKeyOf(context)),
    })),

    getSettings: handler('getSettings', async (_p, context) => {
      const project = projectKeyOf(context);
      const [{ input, settings }, canEdit] = await Promise.all([
        loadSettings(stores, project),
        canAdministerProject(deps.requester('user'), project),
      ]);
      return {
        ok: true,
        data: { settings: input as Resolvers['getSettings']['response']['settings'], effective: settings, canEdit },
      };
    }),

    saveSettings: handler('saveSettings', async ({ settings }, context) => {
      const project = projectKeyOf(context);
      await requireAdmin(deps.requester('user'), project, 'change its Focus Walk settings');
      const effective = parseSettings(settings); // throws InputError naming the field: BAD_SETTINGS
      await stores.saveSettings(project, settings ?? {});
      return { ok: true, data: { settings: settings ?? {}, effective, canEdit: true } };
    }),

    tick: handler('tick', async ({ itemId, ticked, note }, context) => ({
      ok: true,
      data: await tickItem(
        stores,
        deps.requester('user'),
        deps.now(),
        projectKeyOf(context),
        accountIdOf(context),
        itemId,
        ticked,
        note || undefined,
      ),
    })),

    getIssueFindings: handler('getIssueFindings', async (_p, context) => {
      const issueKey = issueKeyOf(context);
      const project = context.extension?.project?.key ?? issueKey.split('-')[0] ?? '';
      return {
        ok: true,
        data: await issueFindings(walkDeps, deps.requester('user'), project, issueKey, (day) =>
          startWalk(background, project, day),
        ),
      };
    }),

    postFocusComment: handler('postFocusComment', async ({ kind, text }, context) => {
      accountIdOf(context); // a signed-in user, who is the comment's author (asUser)
      const issueKey = issueKeyOf(context);
      const lines = text.split('\n').map((l) => l.trimEnd());
      const { id } = await addComment(deps.requester('user'), issueKey, [
        kind === 'in' ? 'Focus In' : 'Focus Out',
        ...lines,
      ]);
      return { ok: true, data: { commentId: id } };
    }),

    getReading: handler('getReading', async (_p, context) => ({
      ok: true,
      data: await reading.view(
        deps.requester('user'),
        accountIdOf(context),
        zoneOf(context),
        readingConfig(context.extension?.config),
      ),
    })),

    markRead: handler('markRead', async ({ pageId, read }, context) => {
      await reading.mark(accountIdOf(context), pageId, read);
      return { ok: true, data: { pageId, read } };
    }),

    logReading: handler('logReading', async ({ minutes, pageIds }, context) => {
      const config = readingConfig(context.extension?.config);
      return {
        ok: true,
        data: await reading.logMinutes(
          accountIdOf(context),
          zoneOf(context),
          minutes,
          pageIds ?? [],
          config.targetMinutes,
        ),
      };
    }),

    getTeamReading: handler('getTeamReading', async (_p, context) => {
      accountIdOf(context);
      return {
        ok: true,
        data: await reading.team(
          deps.requester('user'),
          zoneOf(context),
          readingConfig(context.extension?.config).targetMinutes,
        ),
      };
    }),

    getSent: handler('getSent', async (_p, context) => {
      const project = projectKeyOf(context);
      return { ok: true, data: await sentView(background, project, await today(project)) };
    }),

    nudge: handler('nudge', async ({ accountId, code }, context) => {
      const project = projectKeyOf(context);
      const { settings } = await loadSettings(stores, project);
      const api = deps.requester('user');
      const by = await tpm(api, project, accountIdOf(context), settings);
      const day = periodsAt(deps.now(), settings.timezone).day;
      const stored = await stores.getDayOrLatest(project, day, await stores.trend(project));
      if (!stored) throw new NotFoundError('No walk of this project is stored yet: Refresh first.');
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

    escalate: handler('escalate', async ({ issueKey }, context) => {
      const project = projectKeyOf(context);
      const { settings } = await loadSettings(stores, project);
      const api = deps.requester('user');
      const by = await tpm(api, project, accountIdOf(context), settings);
      const day = periodsAt(deps.now(), settings.timezone).day;
      const stored = await stores.getDayOrLatest(project, day, await stores.trend(project));
      if (!stored) throw new NotFoundError('No walk of this project is stored yet: Refresh first.');
      const { record } = await escalate(background, api, {
        project,
        day,
        report: stored.report,
        settings,
        issueKey,
        people: stored.people,
        by,
      });
      return { ok: true, data: record };
    }),

    getSprint: handler('getSprint', async (_p, context) => {
      const project = projectKeyOf(context);
      const account = accountIdOf(context);
      const { settings } = await loadSettings(stores, project);
      const [report, pages] = await Promise.all([stores.getSprintReport(project), stores.reportPages(project)]);
      const canPublish =
        settings.statusReport.space !== null && (await isTpm(deps.requester('user'), project, account, settings));
      return { ok: true, data: { report: report ?? null, pages, space: settings.statusReport.space, canPublish } };
    }),

    publishReport: handler('publishReport', async (_p, context) => {
      const project = projectKeyOf(context);
      const { settings } = await loadSettings(stores, project);
      const api = deps.requester('user');
      const by = await tpm(api, project, accountIdOf(context), settings);
      const siteUrl = context.siteUrl ?? (await siteUrlOf(deps.store));
      // As the TPM: the report holds only issues they may see, and the page is theirs in Confluence.
      const report = await buildStatusReport(background, project, siteUrl, (r) => visibleOnly(api, project, r));
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
  } satisfies { [K in ResolverKey]: Handler<K> };
}

/** The TPM acting: a project administrator, or a TPM named in the digest's recipients. */
async function tpm(
  api: Requester,
  project: string,
  accountId: string,
  settings: { digest: { recipients: string[] } },
): Promise<{ accountId: string; displayName: string }> {
  await requireTpm(api, project, accountId, settings);
  return { accountId, displayName: (await getMyself(api)).displayName };
}

/** What the background walks need, from the handlers' dependencies. */
export function backgroundDeps(deps: HandlerDeps): BackgroundDeps {
  const bg: BackgroundDeps = {
    stores: new AppStores(deps.store),
    now: deps.now,
    readingLog: deps.readingLog,
    codeHost: new CodeHostService(deps.store, deps.codeHost),
    runs: deps.walkRuns,
    kv: deps.store,
    queue: deps.walkQueue,
    appRequester: deps.requester('app'),
    sent: deps.sent,
    afterWalk: (project, report, day) => afterWalk(bg, project, report, day),
  };
  return bg;
}

/** The weekly trigger: pushes one status report per project that names a Confluence space. */
export async function runWeeklyTrigger(deps: HandlerDeps): Promise<number> {
  return queueWeeklyReports(backgroundDeps(deps));
}

/** The hourly trigger: pushes the hour's work of each project that asked for it. */
export async function runHourlyTrigger(deps: HandlerDeps): Promise<number> {
  return queueHourly(backgroundDeps(deps), deps.now().toISOString().slice(0, 13));
}

/**
 * The daily trigger: deletes the days past each project's `history.retentionDays`, then pushes
 * one background walk per project that has Focus Walk settings (idempotent for the day).
 */
export async function runDailyWalk(deps: HandlerDeps): Promise<{ queued: number; deleted: number }> {
  const background = backgroundDeps(deps);
  const days: Array<{ project: string; day: string }> = [];
  let deleted = 0;
  for (const project of await background.stores.projectsWithSettings()) {
    const { settings } = await loadSettings(background.stores, project);
    const day = periodsAt(deps.now(), settings.timezone).day;
    const firstKept =
      DateTime.fromISO(day)
        .minus({ days: settings.history.retentionDays - 1 })
        .toISODate() ?? day;
    deleted += (await background.stores.deleteDaysBefore(project, firstKept)).length;
    await background.sent.deleteBefore(
      project,
      DateTime.fromISO(day)
        .minus({ days: SENT_RETENTION_DAYS - 1 })
        .toISODate() ?? day,
    );
    days.push({ project, day });
  }
  return { queued: await queueDailyWalks(background, days), deleted };
}
