import type { WalkContext } from './context';

/** Working days after the local day of `since` up to and including today, in `accountId`'s zone. */
export function workingDaysSince(ctx: WalkContext, since: number, accountId: string | null): number {
  return ctx.calendar.workingDaysAfter(ctx.localDate(since, accountId), ctx.today(accountId));
}
