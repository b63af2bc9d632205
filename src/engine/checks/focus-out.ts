import { finding, type Check } from '../check';
import type { Finding } from '../finding';
import { focusComments, membersWithActiveIssue } from '../focus-comments';
import { formatDay } from '../../core/time/zones';

/** Seed item 2: a Focus Out comment when clocking out; only the previous working day is due. */
export const focusOut: Check = {
  id: 'focus-out',
  codes: ['missing'],
  run(ctx) {
    const focus = focusComments(ctx, 'focusOut');
    const out: Finding[] = [];
    for (const m of membersWithActiveIssue(ctx)) {
      const day = ctx.prevWorkingDay(m.accountId);
      if (day === null || focus.get(m.accountId)?.has(day)) continue;
      out.push(
        finding(
          'focus-out',
          'missing',
          'error',
          { accountId: m.accountId, day },
          `${m.displayName} wrote no Focus Out comment on ${formatDay(day)}`,
        ),
      );
    }
    return out;
  },
};
