import type { Snapshot } from '../../snapshot/schema';

/**
 * The sprint's open work that nobody holds, counted as the workload check counts a member's
 * (story points, 1 for an issue without): the Workload tab shows it as its own bar.
 */
export function unassignedLoad(snapshot: Snapshot): { points: number; issues: number } {
  const field = snapshot.fields?.storyPoints ?? null;
  let points = 0;
  let issues = 0;
  for (const issue of snapshot.issues) {
    if (issue.fields.assignee || issue.fields.status.statusCategory.key === 'done') continue;
    const value = field ? (issue.fields as Record<string, unknown>)[field] : undefined;
    points += typeof value === 'number' ? value : 1;
    issues++;
  }
  return { points, issues };
}
