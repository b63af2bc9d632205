import { walk } from '../engine/walk';
import type { Report } from '../engine/report';
import { fetchSnapshot } from '../fetch/fetch-snapshot';
import type { Requester } from '../fetch/requester';
import { parseSettings, type Settings } from '../settings/schema';
import { checklistOf } from './checklist';
import type { WalkView } from './contract';
import { periodsAt } from './periods';
import type { AppStores } from './stores';
import type { ReadingLog } from '../stores/reading-log';
import type { CodeHostService } from './code-host-service';
import { NotFoundError } from '../core/errors';
import { visibleOnly } from './visibility';

export interface WalkDeps {
  stores: AppStores;
  now: () => Date;
  readingLog: ReadingLog;
  codeHost: CodeHostService;
}

/** The reading log goes into the walk once the team uses the macro (any entry in 30 days). */
const READING_WINDOW_DAYS = 30;
const DAY_MS = 86400000;

/** Settings as saved (none: defaults). Bad stored settings are reported, not silently replaced. */
export async function loadSettings(stores: AppStores, project: string): Promise<{ input: unknown; settings: Settings }> {
  const input = (await stores.getSettings(project)) ?? {};
  return { input, settings: parseSettings(input) };
}

export interface WalkOutcome {
  report: Report;
  settings: Settings;
  day: string;
  people: Record<string, string>;
}

/**
 * Walks the project now, as the requester (the user, or the app for the trigger). With
 * `record`, the walk becomes the project's day in history; the issue panel walks without.
 */
export async function walkProject(deps: WalkDeps, api: Requester, project: string, record: boolean): Promise<WalkOutcome> {
  const { settings } = await loadSettings(deps.stores, project);
  const now = deps.now();
  const snapshot = await fetchSnapshot(api, { projectKey: project, now: () => now });
  const from = new Date(now.getTime() - READING_WINDOW_DAYS * DAY_MS).toISOString().slice(0, 10);
  const entries = await deps.readingLog.forDates(from, '9999-12-31');
  if (entries.length > 0) snapshot.readingLog = entries.map(({ accountId, date, minutes, pageIds }) => ({ accountId, date, minutes, pageIds }));
  // Linked code from the connected code host replaces Jira's Development-field counts.
  const sprintStart = (snapshot.sprint as { startDate?: string } | null)?.startDate;
  const since = sprintStart ?? new Date(now.getTime() - 14 * DAY_MS).toISOString();
  const development = await deps.codeHost.development(project, snapshot.issues as Array<{ id: string; key: string }>, new Date(Date.parse(since) - DAY_MS).toISOString(), now);
  if (development) snapshot.development = development;
  const report = walk(snapshot, settings, now.toISOString());
  const { day } = periodsAt(now, settings.timezone);
  const people = Object.fromEntries((snapshot.users as Array<{ accountId: string; displayName?: string }>).map((u) => [u.accountId, u.displayName ?? u.accountId]));
  if (record) await deps.stores.saveDay(project, day, report, people);
  return { report, settings, day, people };
}

/** The project page's view: today's walk (walked now, as the user), or a past day's from history. */
export async function walkView(deps: WalkDeps, api: Requester, project: string, pastDay: string | undefined, siteUrl: string | null): Promise<WalkView> {
  const now = deps.now();
  let report: Report;
  let settings: Settings;
  if (pastDay) {
    const stored = await deps.stores.getDay(project, pastDay);
    if (!stored) throw new NotFoundError(`No walk was recorded on ${pastDay}.`);
    // A stored walk shows only the issues the viewer may see today (issue-level security).
    report = await visibleOnly(api, project, stored.report);
    settings = (await loadSettings(deps.stores, project)).settings;
  } else {
    ({ report, settings } = await walkProject(deps, api, project, true));
  }
  const periods = pastDay ? { ...periodsAt(new Date(report.at), settings.timezone), day: pastDay } : periodsAt(now, settings.timezone);
  const [dayTicks, weekTicks, history] = await Promise.all([deps.stores.ticks(project, periods.day), deps.stores.ticks(project, periods.week), deps.stores.trend(project)]);
  return {
    report,
    day: periods.day,
    refreshedAt: pastDay ? report.at : now.toISOString(),
    fromHistory: Boolean(pastDay),
    checklist: checklistOf(settings, report, periods, { day: dayTicks, week: weekTicks }),
    history,
    siteUrl,
  };
}
