import { finding, type Check } from '../check';
import type { Finding } from '../finding';
import { medianOf, memberLoads } from '../member-loads';

/** Seed item 17 (weekly): balance the load of open sprint issues across the team. */
export const workload: Check = {
  id: 'workload',
  codes: ['idle', 'overloaded'],
  run(ctx) {
    const loads = memberLoads(ctx);
    const median = medianOf([...loads.values()].map((l) => l.load));
    const factor = ctx.settings.workload.overloadFactor;
    const out: Finding[] = [];
    for (const m of ctx.members) {
      const { load, issues } = loads.get(m.accountId) ?? { load: 0, issues: 0 };
      const subject = { accountId: m.accountId };
      if (issues === 0) {
        out.push(
          finding('workload', 'idle', 'warning', subject, `${m.displayName} has no open sprint issue`, {
            load,
            median,
          }),
        );
      } else if (load > factor * median && load - median >= 2) {
        out.push(
          finding(
            'workload',
            'overloaded',
            'warning',
            subject,
            `${m.displayName} carries ${load} points against a team median of ${median}`,
            { load, median },
          ),
        );
      }
    }
    return out;
  },
};
