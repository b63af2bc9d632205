import type { WalkContext } from './context';
import type { IssueView } from './issue-view';

/** Story points (1 for an issue without) of each member's open sprint issues. */
export function memberLoads(ctx: WalkContext): Map<string, { load: number; issues: number }> {
  const loads = new Map(ctx.members.map((m) => [m.accountId, { load: 0, issues: 0 }]));
  const issues = ctx.issues;
  for (let n = 0; n < issues.length; n++) {
    const issue = issues[n] as IssueView;
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
