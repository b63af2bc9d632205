import { finding, type Check } from '../check';
import type { WalkContext } from '../context';
import type { IssueView } from '../issue-view';
import type { Finding } from '../finding';
import { formatDay } from '../../core/time/zones';
import { loggedOn } from '../worklog-index';
import type { HistorySegment } from '../history';

const MAX_OVERDUE = 10;

/** Seed item 5: work is logged every day on the issue a member focuses on. */
export const dailyWorklog: Check = {
  id: 'daily-worklog',
  codes: ['missing'],
  skip: (ctx) =>
    ctx.hasChangelogs ? null : { reason: 'the snapshot has no changelogs, so status and assignee history is unknown' },
  run(ctx) {
    const out: Finding[] = [];
    // Indexed loops (here and in wasFocusOn): run once a walk, a for-of over 20,000 issues is not
    // always compiled when it runs, and each of its steps then allocated an iterator result.
    const issues = ctx.issues;
    for (let n = 0; n < issues.length; n++) {
      const issue = issues[n] as IssueView;
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
  const range = ctx.dayRange(day, m);
  const start = range[0];
  const end = range[1];
  const segments = ctx.segments(issue);
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k] as HistorySegment;
    if (s.start < end && s.end > start && s.assignee === m && ctx.focusStatuses.has(s.status)) return true;
  }
  return false;
}
