/** A board as the snapshot holds it: columns left to right, each with its statuses. */
export interface BoardColumns {
  columns?: ReadonlyArray<{ name: string; statusIds?: readonly string[] }>;
}

/**
 * The statuses that count as done. Jira's own burndown and velocity count an issue done when it
 * sits in the board's rightmost column, so that column's statuses are used; without a board (or
 * with an empty last column), the statuses whose category is Done among the issues read.
 */
export function doneStatuses(
  board: BoardColumns | null | undefined,
  issues: ReadonlyArray<{ fields: Record<string, unknown> }>,
): Set<string> {
  const last = board?.columns?.at(-1)?.statusIds ?? [];
  if (last.length > 0) return new Set(last);
  const done = new Set<string>();
  for (const issue of issues) {
    const status = issue.fields.status as { id?: string; statusCategory?: { key?: string } } | undefined;
    if (status?.id && status.statusCategory?.key === 'done') done.add(status.id);
  }
  return done;
}
