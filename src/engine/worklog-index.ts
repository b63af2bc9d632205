import type { WalkContext } from './context';
import type { IssueView } from './issue-view';
import { firstPerDay } from './focus-comments';

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
  return ctx.memo('worklog-index', () => ({ first: firstPerDay(ctx, 'worklogs') }));
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
