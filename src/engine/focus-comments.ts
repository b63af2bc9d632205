import type { WalkContext } from './context';
import { formatDay, localTime } from './time/zones';

export type FocusKind = 'focusIn' | 'focusOut';

/** Earliest Focus In (or Out) instant per member and local day, over all sprint issues. */
export function focusComments(ctx: WalkContext, kind: FocusKind): Map<string, Map<string, number>> {
  return ctx.memo(`focus-comments:${kind}`, () => {
    const index = new Map<string, Map<string, number>>();
    for (const issue of ctx.issues) {
      for (const c of issue.comments) {
        if (c.authorId === null || !ctx.isMember(c.authorId)) continue;
        if (!ctx.patterns[kind].test(c.text, issue.key)) continue;
        const day = ctx.localDate(c.created, c.authorId);
        let byDay = index.get(c.authorId);
        if (!byDay) index.set(c.authorId, (byDay = new Map<string, number>()));
        const seen = byDay.get(day);
        if (seen === undefined || c.created < seen) byDay.set(day, c.created);
      }
    }
    return index;
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

export { formatDay };
