import { finding, type Check } from '../check';
import type { Finding } from '../finding';
import { formatDay } from '../../core/time/zones';

/** Seed "Frequency": an hour a day reading Confluence updates, as logged in the reading tracker. */
export const reading: Check = {
  id: 'reading',
  codes: ['short'],
  skip: (ctx) => (ctx.hasReadingLog ? null : { reason: 'the snapshot has no reading log' }),
  run(ctx) {
    const target = ctx.settings.reading.targetMinutes;
    const out: Finding[] = [];
    for (const m of ctx.members) {
      const day = ctx.prevWorkingDay(m.accountId);
      if (day === null) continue;
      const logged = ctx.readingMinutes(m.accountId, day);
      if (logged < target) {
        out.push(
          finding(
            'reading',
            'short',
            'warning',
            { accountId: m.accountId, day },
            `${m.displayName} read ${logged} of ${target} minutes on ${formatDay(day)}`,
            { minutes: logged, target },
          ),
        );
      }
    }
    return out;
  },
};
