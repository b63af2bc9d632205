import type { IssueHistory } from './issue-history';

/** An issue that was already done when it joined a sprint (Jira: "completed outside of this sprint"). */
export interface DoneOutside {
  key: string;
  summary: string;
  /** Its estimate when it joined. */
  points: number;
  /** When it joined: the sprint's start, or the change that added it. */
  joined: string;
}

/** When the issue was first in the sprint between `start` and `until`: the start, a later change, or never. */
export function joinedAt(h: IssueHistory, sprintId: number, start: number, until: number): number | null {
  if (h.existsAt(start) && h.stateAt(start).sprints.includes(sprintId)) return start;
  const created = h.createdAt;
  if (created !== null && created > start && created <= until && h.stateAt(created).sprints.includes(sprintId))
    return created;
  for (const c of h.changes) {
    if (c.at <= start || c.at > until) continue;
    if (c.sprints?.includes(sprintId)) return c.at;
  }
  return null;
}

/**
 * Jira's velocity chart and sprint report leave out of both committed and completed an issue
 * that was done when it joined the sprint: its work happened elsewhere. Null when it was not.
 */
export function doneWhenJoined(
  h: IssueHistory,
  sprintId: number,
  start: number,
  until: number,
  done: ReadonlySet<string>,
): DoneOutside | null {
  const joined = joinedAt(h, sprintId, start, until);
  if (joined === null) return null;
  const state = h.stateAt(joined);
  if (state.statusId === null || !done.has(state.statusId)) return null;
  return {
    key: h.record.key,
    summary: h.record.summary,
    points: state.points ?? 0,
    joined: new Date(joined).toISOString(),
  };
}
