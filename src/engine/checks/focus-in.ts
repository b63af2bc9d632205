import { finding, type Check } from '../check';
import type { Finding } from '../finding';
import { focusComments, focusInDays, membersWithActiveIssue } from '../focus-comments';
import { formatDay } from '../../core/time/zones';
import { worklogIndex } from '../worklog-index';

/** Seed items 2 and 3: a Focus In comment before work starts, every working day. */
export const focusIn: Check = {
  id: 'focus-in',
  codes: ['missing', 'late'],
  run(ctx) {
    const focus = focusComments(ctx, 'focusIn');
    const worklogs = worklogIndex(ctx).first;
    const out: Finding[] = [];
    for (const m of membersWithActiveIssue(ctx)) {
      for (const day of focusInDays(ctx, m.accountId)) {
        const subject = { accountId: m.accountId, day };
        const first = focus.get(m.accountId)?.get(day);
        if (first === undefined) {
          out.push(
            finding(
              'focus-in',
              'missing',
              'error',
              subject,
              `${m.displayName} wrote no Focus In comment on ${formatDay(day)}`,
            ),
          );
          continue;
        }
        const work = worklogs.get(m.accountId)?.get(day);
        if (work !== undefined && work < first) {
          out.push(
            finding(
              'focus-in',
              'late',
              'warning',
              subject,
              `${m.displayName} logged work before the Focus In on ${formatDay(day)}`,
              {
                focusIn: new Date(first).toISOString(),
                firstWorklog: new Date(work).toISOString(),
              },
            ),
          );
        }
      }
    }
    return out;
  },
};
