import { InputError } from '../engine/input-error';
import { toInputError } from '../engine/zod-input-error';
import { addComment } from '../fetch/jira/add-comment';
import { getMyself } from '../fetch/jira/get-myself';
import { canAdministerProject } from '../fetch/jira/can-administer-project';
import { ApiError, type Requester } from '../fetch/requester';
import { parseSettings } from '../settings/schema';
import { checklistOf } from '../app/checklist';
import type { ErrorCode, ResolverKey, Resolvers, Result } from '../app/contract';
import { periodsAt } from '../app/periods';
import { AppStores } from '../app/stores';
import { loadSettings, walkProject, walkView } from '../app/walk-service';
import type { KeyValueStore } from '../stores/key-value-store';
import type { ReadingLog } from '../stores/reading-log';
import { ReadingConfigError, ReadingService, readingConfig } from '../app/reading-service';
import { isValidZone } from '../engine/time/zones';
import { CodeHostService, CodeHostSettingsError, type CodeHostDeps } from '../app/code-host-service';
import { ContextError, accountIdOf, issueKeyOf, projectKeyOf, type InvocationContext } from './context';
import { PAYLOADS } from './payloads';

export interface HandlerDeps {
  store: KeyValueStore;
  /** The reading log of the Confluence macro, which the Jira walk reads too (one app, one storage). */
  readingLog: ReadingLog;
  codeHost: CodeHostDeps;
  /** Jira as the signed-in user (reads and writes) or as the app (the daily trigger). */
  requester: (as: 'user' | 'app') => Requester;
  now: () => Date;
}

type Handler<K extends ResolverKey> = (req: { payload: unknown; context: InvocationContext }) => Promise<Result<Resolvers[K]['response']>>;

const fail = (code: ErrorCode, message: string, field?: string): Result<never> => ({ ok: false, error: { code, message, ...(field ? { field } : {}) } });

/** Validates the payload, runs the body, and turns every failure into the one error shape. */
function handler<K extends ResolverKey>(key: K, body: (payload: Resolvers[K]['payload'], context: InvocationContext) => Promise<Result<Resolvers[K]['response']>>): Handler<K> {
  return async ({ payload, context }) => {
    const parsed = PAYLOADS[key].safeParse(payload ?? {});
    if (!parsed.success) {
      const error = toInputError('payload', parsed.error);
      return fail('BAD_REQUEST', error.message, error.path);
    }
    try {
      return await body(parsed.data, context ?? {});
    } catch (error) {
      if (error instanceof ContextError) return fail('BAD_REQUEST', error.message);
      if (error instanceof ReadingConfigError) return fail('BAD_REQUEST', error.message);
      if (error instanceof CodeHostSettingsError) return fail('BAD_REQUEST', error.message, 'token');
      if (error instanceof InputError) return fail('BAD_SETTINGS', error.message, error.path);
      if (error instanceof ApiError) return fail(error.status === 403 ? 'FORBIDDEN' : error.status === 404 ? 'NOT_FOUND' : 'JIRA_UNAVAILABLE', error.message);
      console.error(`resolver ${key} failed`, error);
      return fail('INTERNAL', 'Focus Walk hit an unexpected error; the details are in the app logs.');
    }
  };
}

/** The resolvers: thin, over the walk service and the stores. */
export function createHandlers(deps: HandlerDeps) {
  const stores = new AppStores(deps.store);
  const codeHost = new CodeHostService(deps.store, deps.codeHost);
  const walkDeps = { stores, now: deps.now, readingLog: deps.readingLog, codeHost };
  const reading = new ReadingService({ kv: deps.store, log: deps.readingLog, now: deps.now });
  const zoneOf = (context: InvocationContext) => (isValidZone(context.timezone) ? context.timezone : 'UTC');

  return {
    getWalk: handler('getWalk', async ({ day }, context) => {
      const view = await walkView(walkDeps, deps.requester('user'), projectKeyOf(context), day, context.siteUrl ?? null);
      return view ? { ok: true, data: view } : fail('NOT_FOUND', `No walk was recorded on ${day ?? 'that day'}.`);
    }),

    getSettings: handler('getSettings', async (_p, context) => {
      const project = projectKeyOf(context);
      const [{ input, settings }, canEdit] = await Promise.all([loadSettings(stores, project), canAdministerProject(deps.requester('user'), project)]);
      return { ok: true, data: { settings: input as Resolvers['getSettings']['response']['settings'], effective: settings, canEdit } };
    }),

    saveSettings: handler('saveSettings', async ({ settings }, context) => {
      const project = projectKeyOf(context);
      if (!(await canAdministerProject(deps.requester('user'), project))) return fail('FORBIDDEN', `Only administrators of ${project} can change its Focus Walk settings.`);
      const effective = parseSettings(settings); // throws InputError naming the field: BAD_SETTINGS
      await stores.saveSettings(project, settings ?? {});
      return { ok: true, data: { settings: (settings ?? {}), effective, canEdit: true } };
    }),

    tick: handler('tick', async ({ itemId, ticked }, context) => {
      const project = projectKeyOf(context);
      const accountId = accountIdOf(context);
      const { settings } = await loadSettings(stores, project);
      const item = settings.checklist.find((i) => i.id === itemId);
      if (!item) return fail('BAD_REQUEST', `There is no checklist item "${itemId}".`, 'itemId');
      const now = deps.now();
      const periods = periodsAt(now, settings.timezone);
      const history = await stores.getHistory(project, periods.day);
      const displayName = history?.people?.[accountId] ?? (await getMyself(deps.requester('user'))).displayName;
      await stores.recordTick(project, item.cadence === 'weekly' ? periods.week : periods.day, { itemId, accountId, displayName, ticked, at: now.toISOString() });
      if (!history) return fail('NOT_FOUND', 'Tick recorded; walk the project to see the checklist.');
      const [day, week] = await Promise.all([stores.ticks(project, periods.day), stores.ticks(project, periods.week)]);
      return { ok: true, data: checklistOf(settings, history.report, periods, { day, week }) };
    }),

    getIssueFindings: handler('getIssueFindings', async (_p, context) => {
      const issueKey = issueKeyOf(context);
      const project = context.extension?.project?.key ?? issueKey.split('-')[0] ?? '';
      const { report, assigneeOf } = await walkProject(walkDeps, deps.requester('user'), project);
      const findings = report.findings.filter((f) => f.issueKey === issueKey);
      const assigneeId = assigneeOf(issueKey);
      const assignee = report.members.find((m) => m.accountId === assigneeId) ?? null;
      const memberFindings = assignee ? report.findings.filter((f) => f.accountId === assignee.accountId && f.issueKey === null) : [];
      return { ok: true, data: { issueKey, findings, assignee, memberFindings, day: assignee?.today ?? null } };
    }),

    postFocusComment: handler('postFocusComment', async ({ kind, text }, context) => {
      accountIdOf(context); // a signed-in user, who is the comment's author (asUser)
      const issueKey = issueKeyOf(context);
      const lines = text.split('\n').map((l) => l.trimEnd());
      const { id } = await addComment(deps.requester('user'), issueKey, [kind === 'in' ? 'Focus In' : 'Focus Out', ...lines]);
      return { ok: true, data: { commentId: id } };
    }),

    getReading: handler('getReading', async (_p, context) => {
      const view = await reading.view(deps.requester('user'), accountIdOf(context), zoneOf(context), readingConfig(context.extension?.config));
      return { ok: true, data: view };
    }),

    markRead: handler('markRead', async ({ pageId, read }, context) => {
      await reading.mark(accountIdOf(context), pageId, read);
      return { ok: true, data: { pageId, read } };
    }),

    logReading: handler('logReading', async ({ minutes, pageIds }, context) => {
      const config = readingConfig(context.extension?.config);
      return { ok: true, data: await reading.logMinutes(accountIdOf(context), zoneOf(context), minutes, pageIds ?? [], config.targetMinutes) };
    }),

    getTeamReading: handler('getTeamReading', async (_p, context) => {
      accountIdOf(context);
      return { ok: true, data: await reading.team(deps.requester('user'), zoneOf(context), readingConfig(context.extension?.config).targetMinutes) };
    }),

    getCodeHost: handler('getCodeHost', async (_p, context) => {
      const project = projectKeyOf(context);
      return { ok: true, data: await codeHost.view(project, await canAdministerProject(deps.requester('user'), project)) };
    }),

    saveCodeHost: handler('saveCodeHost', async ({ provider, repositories, token }, context) => {
      const project = projectKeyOf(context);
      if (!(await canAdministerProject(deps.requester('user'), project))) return fail('FORBIDDEN', `Only administrators of ${project} can connect a code host.`);
      await codeHost.save(project, provider, repositories, token);
      return { ok: true, data: await codeHost.view(project, true) };
    }),
  } satisfies { [K in ResolverKey]: Handler<K> };
}

/** The daily trigger: walks every project that has Focus Walk settings, as the app, and records the day. */
export async function runDailyWalk(deps: HandlerDeps): Promise<{ walked: string[]; failed: Array<{ project: string; reason: string }> }> {
  const stores = new AppStores(deps.store);
  const walked: string[] = [];
  const failed: Array<{ project: string; reason: string }> = [];
  for (const project of await stores.projectsWithSettings()) {
    try {
      await walkProject({ stores, now: deps.now, readingLog: deps.readingLog, codeHost: new CodeHostService(deps.store, deps.codeHost) }, deps.requester('app'), project);
      walked.push(project);
    } catch (error) {
      failed.push({ project, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { walked, failed };
}
