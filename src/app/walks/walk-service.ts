import { DateTime } from 'luxon';
import { SCORED_CHECKS } from '../../core/check-ids';
import { walkWithStandup } from '../../engine/walk';
import { textsReadSince } from '../../engine/text-window';
import { storedStandup } from './standup-board';
import type { Report } from '../../engine/report';
import { fetchSnapshot } from '../../fetch/fetch-snapshot';
import { assembleSnapshot } from './assemble-snapshot';
import type { Requester } from '../../fetch/requester';
import { checklistOf } from '../checklist/checklist';
import { ownRowsOnly } from './own-rows';
import { loadSettings } from '../settings/load-settings';
import type { WalkRunView, WalkView } from '../contract';
import { periodsAt } from '../settings/periods';
import type { AppStores } from '../records/app-stores';
import type { ReadingLog } from '../../stores/reading-log';
import { localDate } from '../../core/time/zones';
import type { CodeHostService } from '../codehost/code-host-service';
import { cutReport, issuesAtLeast, namedKeys } from './visibility';
import { visibleAmong, visibleKeys, type Visible } from './visible-keys';
import { unassignedLoad } from './unassigned-load';
import { isTpm } from '../access/require-admin';
import { readReporting } from '../reports/reporting-reads';
import type { RiskStore } from '../../stores/risk-store';
import { snapshotRisks } from '../risks/risk-views';
import { bulkUsers } from '../../fetch/jira/bulk-users';
import { deliveryReport } from '../../reporting/delivery-report';
import { sprintReport } from '../../reporting/sprint-report';
import { storedSprintReport } from '../reports/stored-sprint-report';

export interface WalkDeps {
  stores: AppStores;
  now: () => Date;
  readingLog: ReadingLog;
  codeHost: CodeHostService;
  /** The risk register (risk entity); absent: the walk has none to check. */
  risks?: RiskStore;
}

/** The reading log goes into the walk once the team uses the macro (any entry in 30 days). */
const READING_WINDOW_DAYS = 30;
const DAY_MS = 86400000;

/**
 * Walks the project now, as the requester (the app, in the background): load settings,
 * assemble the snapshot, walk, and record the day.
 */
export async function walkProject(
  deps: WalkDeps,
  api: Requester,
  project: string,
  onIssues?: (read: number, total: number) => void,
): Promise<{ report: Report; day: string }> {
  const { settings } = await loadSettings(deps.stores, project);
  const now = deps.now();
  // Slim and compact: the walk runs in a function's memory, and keeps only what its checks read;
  // each page's comments and worklogs go to the walk's columns as it arrives (issue 26).
  const { activity, ...jira } = await fetchSnapshot(api, {
    projectKey: project,
    now: () => now,
    slim: true,
    compact: true,
    // Old comments' texts are never read (the question window, the Focus days): not kept.
    textsSince: textsReadSince(settings, now.getTime()),
    ready: settings.ready,
    ...(onIssues ? { onIssues } : {}),
  });
  const from = new Date(now.getTime() - READING_WINDOW_DAYS * DAY_MS).toISOString().slice(0, 10);
  const reading = await deps.readingLog.forDates(from, '9999-12-31');
  // Linked code from the connected code host replaces Jira's Development-field counts.
  const sprintStart = typeof jira.sprint?.startDate === 'string' ? jira.sprint.startDate : undefined;
  const since = new Date((sprintStart ? Date.parse(sprintStart) : now.getTime() - 14 * DAY_MS) - DAY_MS).toISOString();
  const development = await deps.codeHost.development(project, jira.issues, since, now);
  const reporting = await readReporting(api, jira, settings, now, deps.stores.keptFigures(project));
  const register = deps.risks ? snapshotRisks(await deps.risks.all(project)) : undefined;
  // A risk's owner is judged against the users of the snapshot: read the owners no issue names.
  const known = new Set(jira.users.map((u) => u.accountId));
  const owners = [...new Set((register ?? []).flatMap((r) => (r.owner && !known.has(r.owner) ? [r.owner] : [])))];
  const users = owners.length ? [...jira.users, ...((await bulkUsers(api, owners)) as typeof jira.users)] : jira.users;
  const snapshot = assembleSnapshot({
    jira: { ...jira, users },
    reading,
    development,
    reporting,
    ...(register ? { risks: register } : {}),
  });
  const { report, standup } = walkWithStandup(snapshot, settings, now.getTime(), activity);
  const progress = {
    ...sprintReport(snapshot, settings, now.getTime()),
    ...deliveryReport(snapshot, settings, report, now.getTime()),
  };
  await deps.stores.saveSprintReport(project, storedSprintReport(progress, reporting.partial ?? []));
  await deps.stores.saveStandup(project, storedStandup(standup));
  const { day } = periodsAt(now, settings.timezone);
  const people = Object.fromEntries(jira.users.map((u) => [u.accountId, u.displayName ?? u.accountId]));
  await deps.stores.saveDay(project, day, report, people, { unassigned: unassignedLoad(snapshot) });
  return { report, day };
}

/** The checks whose findings the page's tabs list at once (Blockers, the Workload chart); the Findings tab pages the rest. */
export const PAGE_CHECKS: ReadonlySet<string> = new Set(['blocked', 'workload']);

const pick = <T>(all: Record<string, T>, key: string): Record<string, T> =>
  all[key] === undefined ? {} : { [key]: all[key] };

/** Noon of a calendar day in the zone: the instant whose day and ISO week are that day's. */
function dayNoon(day: string, zone: string): Date {
  return DateTime.fromISO(`${day}T12:00`, { zone }).toJSDate();
}

/**
 * The project page's view, from storage only (a walk runs in the background, never inside the
 * 25 s of a UI invocation): the given day's walk, else today's, else the latest stored one, cut
 * to the issues the viewer may see now; with the checklist, the Trend and the background run.
 */
export async function walkView(
  deps: WalkDeps,
  api: Requester,
  project: string,
  pastDay: string | undefined,
  siteUrl: string | null,
  run: WalkRunView | null,
  viewer?: string,
): Promise<WalkView> {
  return (await walkViewSeen(deps, api, project, pastDay, siteUrl, run, viewer)).view;
}

/**
 * walkView, with the issues the viewer may see that cut it (null without a stored walk). The
 * page asks Jira only about the keys its parts name (visibleAmong); a caller that cuts more of
 * the project's stored things by the same set (the gadget: `scope` 'project') gets the project's.
 */
export async function walkViewSeen(
  deps: WalkDeps,
  api: Requester,
  project: string,
  pastDay: string | undefined,
  siteUrl: string | null,
  run: WalkRunView | null,
  viewer?: string,
  scope: 'named' | 'project' = 'named',
): Promise<{ view: WalkView; visible: Visible | null }> {
  const now = deps.now();
  const { settings } = await loadSettings(deps.stores, project);
  const today = periodsAt(now, settings.timezone).day;
  const history = await deps.stores.trend(project, 30, today);
  const stored = pastDay
    ? await deps.stores.getDay(project, pastDay, PAGE_CHECKS)
    : await deps.stores.getDayOrLatest(project, today, history, PAGE_CHECKS);
  // A past day without a walk still has its hand ticks: the checklist shows them (no report).
  // A stored walk shows only the issues the viewer may see today (issue-level security).
  const visible = !stored
    ? null
    : scope === 'project'
      ? await visibleKeys(api, project, [...namedKeys(stored.report)])
      : await visibleAmong(api, project, namedKeys(stored.report), issuesAtLeast(stored.report));
  const report = stored && visible ? cutReport(stored.report, visible) : null;
  const periods = pastDay
    ? {
        ...periodsAt(report ? new Date(report.at) : dayNoon(pastDay, settings.timezone), settings.timezone),
        day: pastDay,
      }
    : periodsAt(now, settings.timezone);
  const [dayTicks, weekTicks, canAct, readingNow] = await Promise.all([
    deps.stores.ticks(project, periods.day),
    deps.stores.ticks(project, periods.week),
    viewer ? isTpm(api, project, viewer, settings).catch(() => false) : Promise.resolve(false),
    pastDay || !report ? Promise.resolve<Record<string, number>>({}) : readingToday(deps.readingLog, report, now),
  ]);
  // Settings may keep members to their own rows (ownRowsFor's rule, from the isTpm answer already read).
  const own = settings.privacy.membersSee === 'own' && !canAct && viewer !== undefined;
  const shown = own && report ? ownRowsOnly(report, viewer) : report;
  const view: WalkView = {
    report: shown,
    day: periods.day,
    refreshedAt: report?.at ?? now.toISOString(),
    fromHistory: pastDay !== undefined || (stored !== undefined && stored.summary.date !== today),
    // The checklist judges by the walk itself (every check's counts, every blocker), not the cut.
    checklist: checklistOf(
      settings,
      stored && stored.summary.date === periods.day ? stored.report : null,
      periods,
      { day: dayTicks, week: weekTicks },
      stored ? new Set(Object.keys(stored.summary.byCheck)) : undefined,
    ),
    findingCounts: {
      total: stored ? stored.summary.errors + stored.summary.warnings + stored.summary.info : 0,
      byCheck: stored?.summary.byCheck ?? {},
    },
    memberWorst: own && viewer ? pick(stored?.extras.worst ?? {}, viewer) : (stored?.extras.worst ?? {}),
    history,
    siteUrl,
    run,
    canAct,
    readingNow: own && viewer ? { [viewer]: readingNow[viewer] ?? 0 } : readingNow,
    unassigned: stored?.extras.unassigned ?? null,
    scoredChecks: [...SCORED_CHECKS],
    overloadFactor: settings.workload.overloadFactor,
    ageMinutes: report ? Math.max(0, Math.floor((now.getTime() - Date.parse(report.at)) / 60000)) : null,
  };
  return { view, visible };
}

/**
 * Each member's reading minutes of their own today, from the reading log as it is now (the walk's
 * figure is as old as the walk): the Team tab's "Read today" stays fresh between walks.
 */
async function readingToday(log: ReadingLog, report: Report, now: Date): Promise<Record<string, number>> {
  const days = new Map(report.members.map((m) => [m.accountId, localDate(now.getTime(), m.timeZone)]));
  const dates = [...new Set(days.values())].sort();
  if (dates.length === 0) return {};
  const entries = await log.forDates(dates[0] ?? '', dates.at(-1) ?? '');
  const out: Record<string, number> = {};
  for (const m of report.members) out[m.accountId] = 0;
  for (const e of entries) if (days.get(e.accountId) === e.date) out[e.accountId] = (out[e.accountId] ?? 0) + e.minutes;
  return out;
}
