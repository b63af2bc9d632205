import type { WalkContext } from './context';
import type { IssueView } from './issue-view';

/** Members' worklogs by local day, built in one pass per walk (no per-worklog objects kept). */
export interface WorklogIndex {
  /** Earliest worklog start per member and local day, over all sprint issues. */
  first: Map<string, Map<string, number>>;
}

export function worklogIndex(ctx: WalkContext): WorklogIndex {
  return ctx.memo('worklog-index', () => {
    const first = new Map<string, Map<string, number>>();
    const { started: starts, authors } = ctx.worklogs;
    for (const issue of ctx.issues) {
      for (let i = issue.worklogStart; i < issue.worklogEnd; i++) {
        const author = authors[i] ?? null;
        if (author === null || !ctx.isMember(author)) continue;
        const started = starts[i] ?? NaN;
        const day = ctx.localDate(started, author);
        let byDay = first.get(author);
        if (!byDay) first.set(author, (byDay = new Map<string, number>()));
        const seen = byDay.get(day);
        if (seen === undefined || started < seen) byDay.set(day, started);
      }
    }
    return { first };
  });
}

/**
 * Did member m log work on the issue on local day `day`? A scan of the issue's own worklogs: it
 * is asked only of active issues, a few days each, and an index of every issue's days (a map and
 * a set per issue and author) was most of what a large walk kept alive.
 */
export function loggedOn(ctx: WalkContext, issue: IssueView, m: string, day: string): boolean {
  const { started, authors } = ctx.worklogs;
  for (let i = issue.worklogStart; i < issue.worklogEnd; i++) {
    if (authors[i] === m && ctx.localDate(started[i] ?? NaN, m) === day) return true;
  }
  return false;
}
