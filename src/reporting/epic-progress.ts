import type { IssueHistory } from './issue-history';

export interface EpicProgress {
  key: string;
  summary: string;
  done: number;
  total: number;
  pointsDone: number;
  pointsTotal: number;
}

/**
 * Each epic of the sprint's issues, with all its children that were read (the sprint's and the
 * epic's others): children done of all, and their points.
 */
export function epicProgress(
  sprintIssues: readonly IssueHistory[],
  all: readonly IssueHistory[],
  done: ReadonlySet<string>,
): EpicProgress[] {
  const epics = new Map<string, string>();
  for (const h of sprintIssues) {
    const parent = parentOf(h);
    if (parent && parent.level === 1) epics.set(parent.key, parent.summary);
  }
  const seen = new Set<string>();
  const progress = new Map<string, EpicProgress>();
  for (const h of all) {
    const parent = parentOf(h);
    if (!parent || !epics.has(parent.key) || seen.has(h.record.id)) continue;
    seen.add(h.record.id);
    const p = progress.get(parent.key) ?? {
      key: parent.key,
      summary: epics.get(parent.key) ?? '',
      done: 0,
      total: 0,
      pointsDone: 0,
      pointsTotal: 0,
    };
    const points = h.current.points ?? 0;
    p.total++;
    p.pointsTotal += points;
    if (h.current.statusId !== null && done.has(h.current.statusId)) {
      p.done++;
      p.pointsDone += points;
    }
    progress.set(parent.key, p);
  }
  return [...progress.values()].sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
}

function parentOf(h: IssueHistory): { key: string; summary: string; level: number } | null {
  const parent = h.record.fields.parent as
    | { key?: string; fields?: { summary?: string; issuetype?: { hierarchyLevel?: number; name?: string } } }
    | null
    | undefined;
  if (!parent?.key) return null;
  const type = parent.fields?.issuetype;
  const level = type?.hierarchyLevel ?? (type?.name?.toLowerCase() === 'epic' ? 1 : 0);
  return { key: parent.key, summary: parent.fields?.summary ?? '', level };
}
