import { finding, type Check } from '../check';
import type { WalkContext } from '../context';
import type { IssueView } from '../issue-view';
import type { Finding } from '../finding';
import { formatDay } from '../../core/time/zones';
import { loggedOn } from '../worklog-index';

const MAX_OVERDUE = 10;

/** Seed item 5: work is logged every day on the issue a member focuses on. */
export const dailyWorklog: Check = {
  id: 'daily-worklog',
  codes: ['missing'],
  skip: (ctx) =>
    ctx.hasChangelogs ? null : { reason: 'the snapshot has no changelogs, so status and assignee history is unknown' },
  run(ctx) {
    const out: Finding[] = [];
    for (const issue of ctx.issues) {
      const m = issue.assigneeId;
      if (m === null || !ctx.isActive(issue)) continue;
      const day = ctx.prevWorkingDay(m);
      if (day === null) continue;
      let daysOverdue = 0;
      for (let d: string | null = day; d !== null && daysOverdue < MAX_OVERDUE; d = ctx.calendar.prevWorkingDay(d)) {
        if (loggedOn(ctx, issue, m, d) || !wasFocusOn(ctx, issue, m, d)) break;
        daysOverdue++;
      }
      if (daysOverdue === 0 || daysOverdue < ctx.settings.worklogGraceDays) continue;
      out.push(
        finding(
          'daily-worklog',
          'missing',
          daysOverdue >= 2 ? 'error' : 'warning',
          { issueKey: issue.key, accountId: m, day },
          `${ctx.name(m)} logged no work on ${issue.key} on ${formatDay(day)}` +
            (daysOverdue > 1 ? ` (${daysOverdue} working days in a row)` : ''),
          { daysOverdue },
        ),
      );
    }
    return out;
  },
};

/** At some moment of m's local day, the issue was in a focus status and assigned to m. */
function wasFocusOn(ctx: WalkContext, issue: IssueView, m: string, day: string): boolean {
  const [start, end] = ctx.dayRange(day, m);
  for (const s of ctx.segments(issue))
    if (s.start < end && s.end > start && s.assignee === m && ctx.focusStatuses.has(s.status)) return true;
  return false;
}
