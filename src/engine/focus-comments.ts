import type { WalkContext } from './context';
import { localTime } from '../core/time/zones';

export type FocusKind = 'focusIn' | 'focusOut';

/**
 * Earliest Focus In (or Out) instant per member and local day, over all sprint issues. Only the
 * days a walk checks (the previous working day to today) are indexed: a comment outside that
 * window is skipped before any pattern runs.
 */
export function focusComments(ctx: WalkContext, kind: FocusKind): Map<string, Map<string, number>> {
  return ctx.memo(`focus-comments:${kind}`, () => {
    const windows = checkedWindows(ctx);
    const index = new Map<string, Map<string, number>>();
    const { created, authors } = ctx.comments;
    for (const issue of ctx.issues) {
      for (let i = issue.commentStart; i < issue.commentEnd; i++) {
        const author = authors[i] ?? null;
        const at = created[i] ?? NaN;
        if (author === null) continue;
        const window = windows.get(author);
        if (!window || at < window[0] || at >= window[1]) continue;
        if (!ctx.patterns[kind].test(ctx.comments.text(i), issue.key)) continue;
        const day = ctx.localDate(at, author);
        let byDay = index.get(author);
        if (!byDay) index.set(author, (byDay = new Map<string, number>()));
        const seen = byDay.get(day);
        if (seen === undefined || at < seen) byDay.set(day, at);
      }
    }
    return index;
  });
}

/** Per member, [start of the previous working day, end of today) in the member's zone. */
export function checkedWindows(ctx: WalkContext): Map<string, [number, number]> {
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
