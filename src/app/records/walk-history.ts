import { randomUUID } from 'node:crypto';
import type { Finding } from '../../engine/finding';
import type { Report } from '../../engine/report';
import type { KeyValueStore } from '../../stores/key-value-store';
import { keys } from '../../stores/storage-keys';
import { fittedMembers } from './fitted-meta';
import { memberWorst, type MemberWorst } from './member-worst';
import { byIssue, checkParts, holds, keyRanges, splitFindings, type PartSelector, type PartRanges } from './walk-parts';

export { splitFindings };
import type { DaySummary, HistoryPoint } from '../contract';

/**
 * The walks' history (keys: src/stores/storage-keys.ts):
 *   history (day summary)   score, counts per check and severity, each member's status: the Trend
 *                           reads these alone (100 a query)
 *   walk meta / walk parts  the day's report without its findings, and the findings in parts
 *                           that each stay under PART_BYTES, so a walk of any size fits Forge's
 *                           240 KiB per value
 * A day is written parts first and summary last, under a fresh walk id: a reader that follows
 * the summary never meets a half-written day, and the previous walk's parts are deleted after.
 */
export const LAYOUT_VERSION = 2;

/** What a walk keeps beside its report: the open work nobody holds (the Workload tab's bar). */
export interface DayExtras {
  unassigned?: { points: number; issues: number };
  /** Each member's worst severity per scored check (the Team tab's cells), so the page reads no finding for them. */
  worst?: MemberWorst;
}

export interface StoredDay {
  summary: DaySummary;
  report: Report;
  /** Display names of everyone the walk read (members or not), for who-ticked-what. */
  people: Record<string, string>;
  extras: DayExtras;
}

interface WalkMeta {
  layout: number;
  report: Omit<Report, 'findings'>;
  people: Record<string, string>;
  extras?: DayExtras;
  /** Each part's issue-key range per check (walk-parts.ts): the issue panel reads only its issue's parts. */
  partRanges?: PartRanges;
}

/** The day's figures, small enough that a year of them is a handful of queries. */
export function summarize(day: string, report: Report, walkId: string, parts: Finding[][] | number): DaySummary {
  const byCheck: DaySummary['byCheck'] = {};
  const count = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) {
    count[f.severity]++;
    const c = (byCheck[f.check] ??= { error: 0, warning: 0, info: 0 });
    c[f.severity]++;
  }
  return {
    layout: LAYOUT_VERSION,
    date: day,
    at: report.at,
    score: report.score,
    errors: count.error,
    warnings: count.warning,
    info: count.info,
    byCheck,
    members: report.members.map((m) => ({ accountId: m.accountId, status: m.status })),
    walkId,
    ...(typeof parts === 'number' ? { parts } : { parts: parts.length, checkParts: checkParts(parts) }),
  };
}

/** Runs `work` over `items`, at most `n` at a time. */
async function inBatches<T>(items: readonly T[], n: number, work: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += n) await Promise.all(items.slice(i, i + n).map(work));
}

/** Retention keeps at most 3,660 days: about 121 months. */
const MAX_MONTHS_BACK = 122;

/** `YYYY-MM` of the month before. */
function previousMonth(month: string): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export class WalkHistory {
  constructor(private readonly kv: KeyValueStore) {}

  /** Records the day's walk; a second walk of the same day replaces the first. */
  async saveDay(
    project: string,
    day: string,
    report: Report,
    people: Record<string, string>,
    extras: DayExtras = {},
  ): Promise<DaySummary> {
    const previous = await this.kv.get<DaySummary>(keys.historyDay(project, day));
    const walkId = randomUUID().slice(0, 8);
    const parts = splitFindings(report.findings);
    const rest: Omit<Report, 'findings'> & { findings?: unknown } = { ...report };
    delete rest.findings;
    await inBatches(
      parts.map((p, n) => ({ p, n })),
      4,
      ({ p, n }) => this.kv.set(keys.walkPart(project, day, walkId, n), p),
    );
    await this.kv.set<WalkMeta>(
      keys.walkMeta(project, day, walkId),
      fittedMembers({
        layout: LAYOUT_VERSION,
        report: rest,
        people,
        extras: { ...extras, worst: memberWorst(report) },
        partRanges: keyRanges(parts),
      }),
    );
    const summary = summarize(day, report, walkId, parts);
    // KVS keys have no conditional write, so the summary's swap is checked by reading around it:
    // a walk saved meanwhile (its summary replaced the one read first) is replaced and deleted
    // too, and when another walk's summary lands over ours, ours is the one deleted. Whatever a
    // lost race still leaves, retention deletes with its day's prefix.
    const before = await this.kv.get<DaySummary>(keys.historyDay(project, day));
    await this.kv.set(keys.historyDay(project, day), summary);
    const after = await this.kv.get<DaySummary>(keys.historyDay(project, day));
    if (after && after.walkId !== walkId) {
      await this.deleteWalk(project, day, walkId, parts.length);
      return after;
    }
    const replaced = [previous, before].filter(
      (d, i, all): d is DaySummary =>
        d !== undefined && d.walkId !== walkId && all.findIndex((x) => x?.walkId === d.walkId) === i,
    );
    for (const old of replaced) await this.deleteWalk(project, day, old.walkId, old.parts);
    return summary;
  }

  async getDaySummary(project: string, day: string): Promise<DaySummary | undefined> {
    const summary = await this.kv.get<DaySummary>(keys.historyDay(project, day));
    return summary?.layout === LAYOUT_VERSION ? summary : undefined;
  }

  /**
   * The day's walk, or undefined. Follows the summary; a walk replaced mid-read is read again.
   * Given `only` (walk-parts.ts), the report holds only those checks' findings, or only one
   * issue's and nobody's, and only the parts that may hold them are read (a walk stored before
   * parts were indexed is read whole, then cut).
   */
  async getDay(project: string, day: string, only?: PartSelector): Promise<StoredDay | undefined> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const summary = await this.getDaySummary(project, day);
      if (!summary) return undefined;
      const metaKey = keys.walkMeta(project, day, summary.walkId);
      const partKey = (n: number) => keys.walkPart(project, day, summary.walkId, n);
      // By check, the summary names the parts; by issue, the meta does (read first).
      const first = byIssue(only) ? await this.kv.get<WalkMeta>(metaKey) : undefined;
      const wanted = Array.from({ length: summary.parts }, (_, n) => n).filter((n) =>
        holds(summary.checkParts, first?.partRanges, n, only),
      );
      const [meta, ...parts] = await Promise.all([
        first ?? this.kv.get<WalkMeta>(metaKey),
        ...wanted.map((n) => this.kv.get<Finding[]>(partKey(n))),
      ]);
      if (!meta || parts.some((p) => p === undefined)) continue;
      const all = parts.flatMap((p) => p ?? []);
      const kept = !only
        ? all
        : byIssue(only)
          ? all.filter((f) => f.issueKey === null || f.issueKey === only.issueKey)
          : all.filter((f) => only.has(f.check));
      const report: Report = { ...meta.report, findings: kept };
      const extras = meta.extras ?? {};
      // Walks stored before `worst` was kept were read whole (no part index): work it out here.
      if (!extras.worst && !summary.checkParts) extras.worst = memberWorst({ ...meta.report, findings: all });
      return { summary, report, people: meta.people, extras };
    }
    return undefined;
  }

  /**
   * The day's walk, else the latest stored one (the page and the panel before today's walk).
   * `history`, when the caller has read the summaries already, spares a second query.
   */
  async getDayOrLatest(
    project: string,
    day: string,
    history?: readonly HistoryPoint[],
    only?: PartSelector,
  ): Promise<StoredDay | undefined> {
    const stored = await this.getDay(project, day, only);
    if (stored) return stored;
    const last = (history ?? (await this.trend(project, 1, day))).at(-1);
    return last && last.date !== day ? this.getDay(project, last.date, only) : undefined;
  }

  /**
   * The latest `limit` days' points, oldest first. Given `today`, it reads month by month back
   * from today's month (one query a month) until it has them, rather than every stored day.
   */
  async trend(project: string, limit = 30, today?: string): Promise<HistoryPoint[]> {
    const all: Array<{ key: string; value: DaySummary }> = [];
    if (today) {
      for (let back = 0, month = today.slice(0, 7); back < MAX_MONTHS_BACK; back++, month = previousMonth(month)) {
        const got = await this.kv.list<DaySummary>(`${keys.historyPrefix(project)}${month}`);
        all.unshift(...got.filter((e) => keys.dayOfHistoryKey(e.key) <= today));
        if (all.filter((e) => e.value.layout === LAYOUT_VERSION).length >= limit) break;
      }
    } else all.push(...(await this.kv.list<DaySummary>(keys.historyPrefix(project))));
    return all
      .map((e) => e.value)
      .filter((s) => s.layout === LAYOUT_VERSION)
      .slice(-limit)
      .map(({ date, score, errors, warnings, info }) => ({ date, score, errors, warnings, info }));
  }

  /** Deletes every day before `firstKept` (retention); answers the days deleted. */
  async deleteDaysBefore(project: string, firstKept: string): Promise<string[]> {
    const old = (await this.kv.list<DaySummary>(keys.historyPrefix(project))).filter(
      (e) => keys.dayOfHistoryKey(e.key) < firstKept,
    );
    for (const { key, value } of old) {
      // By the day's prefix: the summary's walk and any walk a lost race left unreferenced.
      const day = keys.dayOfHistoryKey(key);
      // Four a query: each value may be a 200 KiB part.
      const stale = await this.kv.list<unknown>(keys.walkDayPrefix(project, day), 4);
      await inBatches(
        stale.map((e) => e.key),
        4,
        (k) => this.kv.delete(k),
      );
      if (value.walkId && stale.length === 0) await this.deleteWalk(project, value.date, value.walkId, value.parts);
      await this.kv.delete(key);
    }
    return old.map((e) => keys.dayOfHistoryKey(e.key));
  }

  private async deleteWalk(project: string, day: string, walkId: string, parts: number): Promise<void> {
    const all = [
      keys.walkMeta(project, day, walkId),
      ...Array.from({ length: parts }, (_, n) => keys.walkPart(project, day, walkId, n)),
    ];
    await inBatches(all, 4, (k) => this.kv.delete(k));
  }
}
