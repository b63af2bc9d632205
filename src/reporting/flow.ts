import { DateTime } from 'luxon';
import { round } from './burndown';
import type { IssueHistory } from './issue-history';

/** A week of a board without sprints: issues finished, and their median cycle time. */
export interface FlowWeek {
  week: string;
  throughput: number;
  medianCycleDays: number | null;
}

export const FLOW_WEEKS = 8;

/**
 * Throughput and cycle time per ISO week, for a board without sprints (Kanban). An issue is
 * finished when it last moved into a done status; its cycle starts when its status first moved
 * (out of the column it was created in), else when it was created.
 */
export function flow(
  histories: readonly IssueHistory[],
  done: ReadonlySet<string>,
  at: number,
  zone: string,
): FlowWeek[] {
  const weekOf = (ms: number) => DateTime.fromMillis(ms, { zone }).toFormat("kkkk-'W'WW");
  const weeks: string[] = [];
  for (let i = FLOW_WEEKS - 1; i >= 0; i--) weeks.push(weekOf(at - i * 7 * 86400000));
  const cycles = new Map<string, number[]>(weeks.map((w) => [w, []]));
  for (const h of histories) {
    if (h.current.statusId === null || !done.has(h.current.statusId)) continue;
    const moves = h.changes.filter((c) => 'statusId' in c);
    const finished = [...moves].reverse().find((c) => c.statusId && done.has(c.statusId))?.at;
    if (finished === undefined || finished > at) continue;
    const started = moves[0]?.at ?? h.createdAt ?? finished;
    cycles.get(weekOf(finished))?.push((finished - started) / 86400000);
  }
  return weeks.map((week) => {
    const days = (cycles.get(week) ?? []).sort((a, b) => a - b);
    return { week, throughput: days.length, medianCycleDays: days.length ? round(median(days)) : null };
  });
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
