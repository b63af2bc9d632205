import type { WorkingCalendar } from '../../core/time/working-calendar';
import { BadRequestError } from '../../core/errors';
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { findSpaces } from '../../fetch/confluence/find-spaces';
import { updatedContent } from '../../fetch/confluence/updated-content';
import { userNames } from '../../fetch/confluence/user-names';
import type { Requester } from '../../fetch/requester';
import { DEFAULTS } from '../../settings/defaults';
import type { KeyValueStore } from '../../stores/key-value-store';
import { keys } from '../../stores/storage-keys';
import type { ReadingLog } from '../../stores/reading-log';
import type { ReadingItem, ReadingView, TeamReadingView } from '../contract';

/** The macro's configuration (a page author sets it): spaces, days back, daily target. */
export interface ReadingConfig {
  spaces: string[];
  daysBack: number;
  targetMinutes: number;
  /** The Jira project whose team reads here: its working days and holidays make the streak's calendar. */
  project: string | null;
}

export class ReadingConfigError extends BadRequestError {
  override name = 'ReadingConfigError';
}

/** Macro parameters arrive as strings; bad ones are named, missing ones take settings.md's defaults. */
export function readingConfig(raw: unknown): ReadingConfig {
  const c = (raw ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  const spaces = text(c.spaces)
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((s) => s.toUpperCase());
  const bad = spaces.find((s) => !/^[A-Z0-9~][A-Z0-9_~]{0,254}$/.test(s));
  if (bad) throw new ReadingConfigError(`"${bad}" is not a Confluence space key`);
  const number = (name: string, fallback: number, min: number, max: number) => {
    const v = c[name];
    if (v === undefined || v === '') return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new ReadingConfigError(`${name} must be a whole number from ${min} to ${max}, not "${text(v)}"`);
    return n;
  };
  const project = text(c.project).trim().toUpperCase();
  if (project && !/^[A-Z][A-Z0-9_]{0,254}$/.test(project))
    throw new ReadingConfigError(`"${text(c.project)}" is not a Jira project key`);
  return {
    project: project || null,
    spaces: spaces.length ? spaces : [...DEFAULTS.reading.spaces],
    daysBack: number('daysBack', 7, 1, 90),
    targetMinutes: number('targetMinutes', DEFAULTS.reading.targetMinutes, 1, 1440),
  };
}

const MAX_DAY_MINUTES = 24 * 60;
const VISIT_GAP_MS = 60 * 60 * 1000;

export interface ReadingDeps {
  kv: KeyValueStore;
  log: ReadingLog;
  now: () => Date;
  /** The team's working calendar (the project's settings; none: Monday to Friday). */
  calendar: (project: string | null) => Promise<WorkingCalendar>;
}

export class ReadingService {
  constructor(private readonly deps: ReadingDeps) {}

  private day(zone: string, offsetDays = 0): string {
    return DateTime.fromJSDate(this.deps.now(), { zone }).plus({ days: offsetDays }).toISODate() ?? '';
  }

  /** The updates since the reader's previous visit (or `daysBack` days), marks, today's progress, streak. */
  async view(api: Requester, accountId: string, zone: string, config: ReadingConfig): Promise<ReadingView> {
    const now = this.deps.now().getTime();
    const visitKey = keys.readingVisit(accountId);
    const visit = (await this.deps.kv.get<{ current: number; previous: number | null }>(visitKey)) ?? {
      current: now,
      previous: null,
    };
    const next = now - visit.current > VISIT_GAP_MS ? { current: now, previous: visit.current } : visit;
    await this.deps.kv.set(visitKey, next);
    const floor = now - config.daysBack * 86400000;
    const since = Math.max(floor, next.previous ?? floor);

    const spaces = await findSpaces(api, config.spaces);
    const missing = config.spaces.filter((k) => !spaces.some((s) => s.key === k));
    if (missing.length)
      throw new ReadingConfigError(
        `Space ${missing.join(', ')} was not found, or you cannot see it. Check the macro's spaces.`,
      );
    const ids = spaces.map((s) => s.id);
    const [pages, posts] = ids.length
      ? await Promise.all([updatedContent(api, 'pages', ids, since), updatedContent(api, 'blogposts', ids, since)])
      : [[], []];
    const names = await userNames(api, [...new Set([...pages, ...posts].map((c) => c.version.authorId ?? c.authorId))]);
    const marks = new Set(
      (await this.deps.kv.list(keys.readingReadPrefix(accountId))).map((e) => keys.pageIdOfReadKey(e.key)),
    );
    const keyOf = new Map(spaces.map((s) => [s.id, s.key]));
    const items: ReadingItem[] = [
      ...pages.map((c) => ({ c, kind: 'page' as const })),
      ...posts.map((c) => ({ c, kind: 'blogpost' as const })),
    ]
      .map(({ c, kind }) => ({
        id: c.id,
        kind,
        title: c.title,
        spaceKey: keyOf.get(c.spaceId) ?? '',
        author: names.get(c.version.authorId ?? c.authorId) ?? 'Unknown',
        updatedAt: c.version.createdAt,
        url: `/wiki${c._links?.webui ?? ''}`,
        read: marks.has(c.id),
      }))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return {
      items,
      since: new Date(since).toISOString(),
      spaces: spaces.map((s) => s.key),
      today: await this.today(accountId, zone, config.targetMinutes),
      streak: await this.streak(accountId, zone, config.targetMinutes, await this.deps.calendar(config.project)),
    };
  }

  async mark(accountId: string, pageId: string, read: boolean): Promise<void> {
    const key = keys.readingRead(accountId, pageId);
    if (read) await this.deps.kv.set(key, { at: this.deps.now().toISOString() });
    else await this.deps.kv.delete(key);
  }

  /**
   * Logs minutes for the reader's local today; a day holds at most 24 hours, also under
   * concurrent logs (two tabs, a double click): the log adds an entry only together with the
   * day's total, on condition that the total is still the one it read (kvs-reading-log.ts).
   */
  async logMinutes(
    accountId: string,
    zone: string,
    minutes: number,
    pageIds: string[],
    target: number,
  ): Promise<ReadingView['today']> {
    const date = this.day(zone);
    // A fresh id per entry: two logs in the same millisecond (a double click) are two entries.
    const entry = { id: randomUUID(), accountId, date, minutes, pageIds, at: this.deps.now().toISOString() };
    const { added, dayMinutes } = await this.deps.log.add(entry, MAX_DAY_MINUTES);
    if (!added)
      throw new ReadingConfigError(
        `That would make ${dayMinutes + minutes} minutes on ${date}: a day holds at most 24 hours.`,
      );
    return { date, minutes: dayMinutes, target };
  }

  async today(accountId: string, zone: string, target: number): Promise<ReadingView['today']> {
    const date = this.day(zone);
    const minutes = (await this.deps.log.forAccount(accountId, date, date)).reduce((sum, e) => sum + e.minutes, 0);
    return { date, minutes, target };
  }

  /** The team's working days in a row, ending yesterday, with the target reached (other days neither count nor break it). */
  async streak(accountId: string, zone: string, target: number, calendar: WorkingCalendar): Promise<number> {
    const entries = await this.deps.log.forAccount(accountId, this.day(zone, -60), this.day(zone, -1));
    const byDay = new Map<string, number>();
    for (const e of entries) byDay.set(e.date, (byDay.get(e.date) ?? 0) + e.minutes);
    let streak = 0;
    for (let d = -1; d >= -60; d--) {
      const date = this.day(zone, d);
      if (!calendar.isWorkingDay(date)) continue;
      if ((byDay.get(date) ?? 0) < target) break;
      streak++;
    }
    return streak;
  }

  /** Aggregates only: minutes per person per day over the last 7 days. */
  /**
   * The team's reading of the last 7 days. A TPM (`everyone`) sees each person's minutes; anyone
   * else sees the team's totals and their own row only: a tool for the reading hour, not a watch.
   */
  async team(
    api: Requester,
    zone: string,
    target: number,
    viewer: { accountId: string; everyone: boolean } = { accountId: '', everyone: true },
  ): Promise<TeamReadingView> {
    const days = Array.from({ length: 7 }, (_, i) => this.day(zone, i - 6));
    const entries = await this.deps.log.forDates(days[0] ?? '', days[6] ?? '');
    const all = [...new Set(entries.map((e) => e.accountId))];
    const people = viewer.everyone ? all : all.filter((a) => a === viewer.accountId);
    const names = await userNames(api, people);
    const yesterday = this.day(zone, -1);
    const weekStart =
      DateTime.fromISO(days[6] ?? '')
        .startOf('week')
        .toISODate() ?? '';
    // Each reader's minutes per day, summed once: the rows, the totals and who reached the target.
    const byReader = new Map(all.map((a) => [a, days.map(() => 0)]));
    for (const e of entries) {
      const i = days.indexOf(e.date);
      const row = byReader.get(e.accountId);
      if (row && i >= 0) row[i] = (row[i] ?? 0) + e.minutes;
    }
    const rows = [...byReader.values()];
    const totals = days.map((_, i) => rows.reduce((n, r) => n + (r[i] ?? 0), 0));
    const onTarget = days.map((_, i) => rows.filter((r) => (r[i] ?? 0) >= target).length);
    return {
      days,
      target,
      everyone: viewer.everyone,
      team: { readers: all.length, minutes: totals, onTarget },
      people: people
        .map((accountId) => {
          const minutes = byReader.get(accountId) ?? days.map(() => 0);
          return {
            accountId,
            displayName: names.get(accountId) ?? accountId,
            minutes,
            yesterdayOnTarget: (minutes[5] ?? 0) >= target && days[5] === yesterday,
            daysOnTargetThisWeek: days.filter((d, i) => d >= weekStart && (minutes[i] ?? 0) >= target).length,
          };
        })
        .sort((a, b) => a.displayName.localeCompare(b.displayName)),
    };
  }
}
