import type { IssueHistory, IssueState } from './issue-history';
import type { ScopeChange } from './burndown';

/** An issue as Jira's sprint report lists it. */
export interface ListedIssue {
  key: string;
  summary: string;
  points: number;
}

/** Jira's sprint report lists, each capped (`total` says how many there are). */
export interface SprintLists {
  completed: { issues: ListedIssue[]; total: number };
  notCompleted: { issues: ListedIssue[]; total: number };
  removed: { issues: ListedIssue[]; total: number };
  addedDuringSprint: { issues: ListedIssue[]; total: number };
}

/** Issues listed per list at most: the figures count them all. */
export const LISTED_MAX = 200;

const capped = (issues: ListedIssue[]) => ({
  issues: issues.sort((a, b) => a.key.localeCompare(b.key, undefined, { numeric: true })).slice(0, LISTED_MAX),
  total: issues.length,
});

/**
 * Jira's sprint report lists at `last` (now, or the sprint's end): completed and not completed
 * of what the sprint holds then, the issues removed during it, and the issues added after it started.
 */
export function sprintLists(
  histories: readonly IssueHistory[],
  sprintId: number,
  last: number,
  done: ReadonlySet<string>,
  changes: readonly ScopeChange[],
): SprintLists {
  const isDone = (s: IssueState) => s.statusId !== null && done.has(s.statusId);
  const completed: ListedIssue[] = [];
  const notCompleted: ListedIssue[] = [];
  const byKey = new Map(histories.map((h) => [h.record.key, h]));
  for (const h of histories) {
    const s = h.stateAt(last);
    if (!h.existsAt(last) || !s.sprints.includes(sprintId)) continue;
    (isDone(s) ? completed : notCompleted).push({
      key: h.record.key,
      summary: h.record.summary,
      points: s.points ?? 0,
    });
  }
  const listed = (kind: ScopeChange['kind']) => {
    const keys = [...new Set(changes.filter((c) => c.kind === kind).map((c) => c.key))];
    return keys.map((key) => {
      const h = byKey.get(key);
      return { key, summary: h?.record.summary ?? '', points: h?.stateAt(last).points ?? 0 };
    });
  };
  return {
    completed: capped(completed),
    notCompleted: capped(notCompleted),
    removed: capped(listed('removed')),
    addedDuringSprint: capped(listed('added')),
  };
}
