import type { WalkContext } from './context';
import type { IssueView } from './issue-view';
import { localTime } from '../core/time/zones';

export type FocusKind = 'focusIn' | 'focusOut';

/**
 * Earliest Focus In (or Out) instant per member and local day, over all sprint issues. Only the
 * days a walk checks (the previous working day to today) are indexed: a comment outside that
 * window is skipped before any pattern runs.
 */
export function focusComments(ctx: WalkContext, kind: FocusKind): Map<string, Map<string, number>> {
  return ctx.memo(`focus-comments:${kind}`, () =>
    firstPerDay(ctx, 'comments', (i, issue) => ctx.patterns[kind].test(ctx.comments.text(i), issue.key)),
  );
}

/**
 * The earliest instant per member and local day among the sprint's comments or worklogs that lie
 * in the member's checked window (checkedWindows) and that `keep` accepts. A row outside the
 * window is skipped before `keep` runs or its local day is worked out.
 */
export function firstPerDay(
  ctx: WalkContext,
  rows: 'comments' | 'worklogs',
  keep: (row: number, issue: IssueView) => boolean = () => true,
): Map<string, Map<string, number>> {
  const windows = checkedWindows(ctx);
  // Every member's window lies within [earliest, latest): a row outside it is skipped on its
  // instant alone, before its author is looked up (most rows are older than any window).
  let earliest = Number.POSITIVE_INFINITY;
  let latest = Number.NEGATIVE_INFINITY;
  for (const [start, end] of windows.values()) {
    earliest = Math.min(earliest, start);
    latest = Math.max(latest, end);
  }
  const index = new Map<string, Map<string, number>>();
  const { authors } = ctx[rows];
  const instants = rows === 'comments' ? ctx.comments.created : ctx.worklogs.started;
  // Indexed, not for-of: this runs three times a walk, too few for V8 to compile away the
  // iterator, and 60,000 iterator results were 2.4 MB of garbage a 20,000-issue walk.
  const issues = ctx.issues;
  for (let n = 0; n < issues.length; n++) {
    const issue = issues[n] as IssueView;
    const end = rows === 'comments' ? issue.commentEnd : issue.worklogEnd;
    for (let i = rows === 'comments' ? issue.commentStart : issue.worklogStart; i < end; i++) {
      const at = instants[i] ?? NaN;
      if (!(at >= earliest && at < latest)) continue;
      const author = authors[i] ?? null;
      if (author === null) continue;
      const window = windows.get(author);
      if (!window || at < window[0] || at >= window[1] || !keep(i, issue)) continue;
      const day = ctx.localDate(at, author);
      let byDay = index.get(author);
      if (!byDay) index.set(author, (byDay = new Map<string, number>()));
      const seen = byDay.get(day);
      if (seen === undefined || at < seen) byDay.set(day, at);
    }
  }
  return index;
}

/** Per member, [start of the previous working day, end of today) in the member's zone. */
function checkedWindows(ctx: WalkContext): Map<string, [number, number]> {
  return ctx.memo('focus-windows', () => {
    const windows = new Map<string, [number, number]>();
    for (const m of ctx.members) {
      const today = ctx.today(m.accountId);
      const first = ctx.prevWorkingDay(m.accountId) ?? today;
      windows.set(m.accountId, [ctx.dayRange(first, m.accountId)[0], ctx.dayRange(today, m.accountId)[1]]);
    }
    return windows;
  });
}

/** Days whose Focus In is checked: the previous working day, and today once it is due. */
export function focusInDays(ctx: WalkContext, accountId: string): string[] {
  const days: string[] = [];
  const prev = ctx.prevWorkingDay(accountId);
  if (prev) days.push(prev);
  const today = ctx.today(accountId);
  if (ctx.calendar.isWorkingDay(today) && localTime(ctx.at, ctx.zone(accountId)) >= ctx.settings.focusInDueBy) {
    days.push(today);
  }
  return days;
}

export function membersWithActiveIssue(ctx: WalkContext): WalkContext['members'] {
  return ctx.members.filter((m) => ctx.activeIssues(m.accountId).length > 0);
}
