import type { WalkContext } from './context';
import type { IssueView } from './issue-view';
import { checkedWindows } from './focus-comments';

/** Members' worklogs by local day, built in one pass per walk (no per-worklog objects kept). */
export interface WorklogIndex {
  /**
   * Earliest worklog start per member and local day, over all sprint issues, for the days a walk
   * checks (the previous working day to today, as the Focus comments): a worklog outside them is
   * skipped before its local day is worked out (a 20,000-issue sprint has 200,000 worklogs).
   */
  first: Map<string, Map<string, number>>;
}

export function worklogIndex(ctx: WalkContext): WorklogIndex {
  return ctx.memo('worklog-index', () => {
    const first = new Map<string, Map<string, number>>();
    const windows = checkedWindows(ctx); // members only
    const { started: starts, authors } = ctx.worklogs;
    for (const issue of ctx.issues) {
      for (let i = issue.worklogStart; i < issue.worklogEnd; i++) {
        const author = authors[i] ?? null;
        const window = author === null ? undefined : windows.get(author);
        const started = starts[i] ?? NaN;
        if (author === null || !window || started < window[0] || started >= window[1]) continue;
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
