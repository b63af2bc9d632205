import { toInputError } from '../core/zod-input-error';
import { ForgeKvsAPIError } from '@forge/kvs';
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
import { logWork } from '../app/log-work';
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
import type { SettingsStore } from '../stores/settings-store';
import { ConflictError } from '../core/errors';
import { InputError } from '../core/input-error';
import { WorkingCalendar } from '../core/time/working-calendar';
import { afterWalk, queueHourly } from '../app/hourly';
import { SENT_RETENTION_DAYS, rememberSiteUrl, sentView, siteUrlOf } from '../app/sent-log';
import { sendNudges } from '../app/send-nudges';
import { escalate } from '../app/escalations';
import { isTpm, requireTpm } from '../app/require-admin';
import { getMyself } from '../fetch/jira/get-myself';
import { buildStatusReport } from '../app/status-report-service';
import { publishStatusReport } from '../app/publish-report';
import { cutSprintReport, cutStatusReport, visibleKeys } from '../app/visibility';
import { queueWeeklyReports } from '../app/weekly-report';

export interface HandlerDeps {
  /** Forge's queue of background walks, and the project's walk runs. */
  walkQueue: WalkQueue;
  walkRuns: WalkRunStore;
  /** The log of nudges, digests and escalations (sent-item entity). */
  sent: SentStore;
  /** Settings saved against the revision their editor read (settings-rev entity). */
  settings: SettingsStore;
  store: KeyValueStore;
  /** The reading log of the Confluence macro, which the Jira walk reads too (one app, one storage). */
  readingLog: ReadingLog;
  codeHost: CodeHostDeps;
  /** Jira as the signed-in user (reads and writes) or as the app (the daily trigger). */
  requester: (as: 'user' | 'app') => Requester;
  now: () => Date;
}

/** A settings document is one stored value (Forge allows 240 KiB); far less is ever needed. */
const SETTINGS_MAX_BYTES = 64 * 1024;

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
      if (error instanceof ForgeKvsAPIError) {
        // A storage error is never success, nor "already done": it is said, and may be tried again.
        console.error(`resolver ${key}: storage refused`, error.code, error.message);
        return fail(
          error.responseDetails.status === 429 ? 'BUSY' : 'INTERNAL',
          `Forge storage refused the request (${error.code}): nothing was changed; try again.`,
        );
      }
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
        },
      };
    }),

    saveSettings: handler('saveSettings', async ({ settings, revision }, context) => {
      const project = projectKeyOf(context);
      await requireAdmin(deps.requester('user'), project, 'change its Focus Walk settings');
      const effective = parseSettings(settings); // throws InputError naming the field: BAD_SETTINGS
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
      return { ok: true, data: { settings: document, effective, canEdit: true, revision: saved } };
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

    logWork: handler('logWork', async ({ timeSpent, started, comment }, context) => {
      const accountId = accountIdOf(context); // the worklog's author (asUser)
      const issueKey = issueKeyOf(context);
      return {
        ok: true,
        data: await logWork(deps.requester('user'), issueKey, accountId, zoneOf(context), {
          timeSpent,
          started,
          ...(comment ? { comment } : {}),
        }),
      };
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
      const project = projectKeyOf(context);
      const { settings } = await loadSettings(stores, project);
      const api = deps.requester('user');
      const by = await tpm(api, project, accountIdOf(context), settings);
      const day = periodsAt(deps.now(), settings.timezone).day;
      const stored = await stores.getDayOrLatest(project, day, await stores.trend(project, 30, day));
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

    escalate: handler('escalate', async ({ issueKey, again }, context) => {
      const project = projectKeyOf(context);
      const { settings } = await loadSettings(stores, project);
      const api = deps.requester('user');
      const by = await tpm(api, project, accountIdOf(context), settings);
      const day = periodsAt(deps.now(), settings.timezone).day;
      const stored = await stores.getDayOrLatest(project, day, await stores.trend(project, 30, day));
      if (!stored) throw new NotFoundError('No walk of this project is stored yet: Refresh first.');
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
 * The daily trigger: pushes one background walk per project that has Focus Walk settings
 * (idempotent for the day) first, then one retention event per project; the consumer deletes
 * the days past `history.retentionDays` and the sent log past 90 days, within its 900 s, so the
 * trigger's own 55 s hold only the pushes.
 */
export async function runDailyWalk(deps: HandlerDeps): Promise<{ queued: number; retention: number }> {
  const background = backgroundDeps(deps);
  const days: Array<{ project: string; day: string }> = [];
  for (const project of await background.stores.projectsWithSettings()) {
    const { settings } = await loadSettings(background.stores, project).catch(() => ({ settings: parseSettings({}) }));
    days.push({ project, day: periodsAt(deps.now(), settings.timezone).day });
  }
  const queued = await queueDailyWalks(background, days);
  const retention = days.map(({ project }) => ({ body: { kind: 'retention', project } }));
  for (let i = 0; i < retention.length; i += 50) await deps.walkQueue.push(retention.slice(i, i + 50));
  return { queued, retention: retention.length };
}

/** A `retention` event: the project's days past `history.retentionDays`, and sent-log rows past 90 days. */
export async function runRetention(deps: HandlerDeps, project: string): Promise<{ days: number; sent: number }> {
  const background = backgroundDeps(deps);
  const { settings } = await loadSettings(background.stores, project);
  const day = periodsAt(deps.now(), settings.timezone).day;
  const firstKept =
    DateTime.fromISO(day)
      .minus({ days: settings.history.retentionDays - 1 })
      .toISODate() ?? day;
  const days = (await background.stores.deleteDaysBefore(project, firstKept)).length;
  const sent = await background.sent.deleteBefore(
    project,
    DateTime.fromISO(day)
      .minus({ days: SENT_RETENTION_DAYS - 1 })
      .toISODate() ?? day,
  );
  return { days, sent };
}
