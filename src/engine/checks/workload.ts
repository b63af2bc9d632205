import { finding, type Check } from '../check';
import type { Finding } from '../finding';

/** Seed item 17 (weekly): balance the load of open sprint issues across the team. */
export const workload: Check = {
  id: 'workload',
  run(ctx) {
    const loads = memberLoads(ctx);
    const median = medianOf([...loads.values()].map((l) => l.load));
    const factor = ctx.settings.workload.overloadFactor;
    const out: Finding[] = [];
    for (const m of ctx.members) {
      const { load, issues } = loads.get(m.accountId) ?? { load: 0, issues: 0 };
      const subject = { accountId: m.accountId };
      if (issues === 0) {
        out.push(finding('workload', 'idle', 'warning', subject, `${m.displayName} has no open sprint issue`, { load, median }));
      } else if (load > factor * median && load - median >= 2) {
        out.push(finding('workload', 'overloaded', 'warning', subject, `${m.displayName} carries ${load} points against a team median of ${median}`, { load, median }));
      }
    }
    return out;
  },
};

/** Story points (1 for an issue without) of each member's open sprint issues. */
export function memberLoads(ctx: Parameters<Check['run']>[0]): Map<string, { load: number; issues: number }> {
  const loads = new Map(ctx.members.map((m) => [m.accountId, { load: 0, issues: 0 }]));
  for (const issue of ctx.issues) {
    const entry = issue.assigneeId !== null ? loads.get(issue.assigneeId) : undefined;
    if (!entry || issue.statusCategory === 'done') continue;
    entry.load += issue.storyPoints ?? 1;
    entry.issues += 1;
  }
  return loads;
}

export function medianOf(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
