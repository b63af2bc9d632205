import type { Snapshot } from '../snapshot/schema';
import { plainText } from '../core/adf';
import { parseInstant } from '../core/time/instant';

/**
 * The snapshot's delivery parts as the checks read them (checks-delivery.md): the next sprint's
 * issues, the unreleased versions and the risk register, each parsed once. Null: the part is
 * absent from the snapshot, and its check is skipped rather than guessed.
 */
export interface UpcomingIssueView {
  key: string;
  summary: string;
  issueType: string;
  subtask: boolean;
  hierarchyLevel: number;
  statusName: string | null;
  assigneeId: string | null;
  /** The parent's key (else id) and level; the level may be filled from another issue the walk knows. */
  parent: { ref: string; level: number | null } | null;
  /** The trimmed plain text of the description (ADF or a string). */
  description: string;
  storyPoints: number | null;
}

export interface UpcomingView {
  sprint: { id: number; name: string; startDate: string | null } | null;
  issues: UpcomingIssueView[];
}

export interface VersionView {
  id: string;
  name: string;
  releaseDate: string | null;
  /** Issues of the version not done: Jira's to do, in progress and unmapped counts. */
  unresolved: number;
  counts: { toDo: number; inProgress: number; done: number };
}

export interface RiskView {
  id: string;
  title: string;
  probability: number;
  impact: number;
  score: number;
  owner: string | null;
  mitigation: string;
  status: 'open' | 'mitigating' | 'closed';
  reviewedAt: number | null;
  issueKeys: string[];
}

export interface DeliveryViews {
  upcoming: UpcomingView | null;
  versions: VersionView[] | null;
  risks: RiskView[] | null;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function deliveryViews(snapshot: Snapshot): DeliveryViews {
  return {
    upcoming: snapshot.upcoming ? upcomingView(snapshot) : null,
    versions: snapshot.versions ? versionViews(snapshot.versions) : null,
    risks: snapshot.risks ? riskViews(snapshot.risks) : null,
  };
}

function upcomingView(snapshot: Snapshot): UpcomingView {
  const upcoming = snapshot.upcoming!;
  const points = snapshot.fields?.storyPoints ?? null;
  const sprint = upcoming.sprint
    ? { id: upcoming.sprint.id, name: upcoming.sprint.name, startDate: upcoming.sprint.startDate ?? null }
    : null;
  const issues = upcoming.issues.map((issue): UpcomingIssueView => {
    const f = issue.fields;
    const value = points ? (f as Record<string, unknown>)[points] : undefined;
    const ref = f.parent ? (f.parent.key ?? f.parent.id ?? '') : null;
    return {
      key: issue.key,
      summary: f.summary ?? '',
      issueType: f.issuetype?.name ?? '',
      subtask: f.issuetype?.subtask ?? false,
      hierarchyLevel: f.issuetype?.hierarchyLevel ?? 0,
      statusName: f.status?.name ?? null,
      assigneeId: f.assignee?.accountId ?? null,
      parent: ref === null ? null : { ref, level: f.parent?.fields?.issuetype?.hierarchyLevel ?? null },
      description: plainText(f.description ?? ''),
      storyPoints: typeof value === 'number' && Number.isFinite(value) ? value : null,
    };
  });
  // Rank order is the fetch's; a canonical order keeps a shuffled snapshot's report the same.
  return { sprint, issues: issues.sort((a, b) => byString(a.key, b.key)) };
}

function versionViews(versions: NonNullable<Snapshot['versions']>): VersionView[] {
  return versions
    .filter((v) => v.released !== true && v.archived !== true)
    .map((v) => {
      const c = v.issuesStatusForFixVersion ?? {};
      const toDo = c.toDo ?? 0;
      const inProgress = c.inProgress ?? 0;
      return {
        id: String(v.id),
        name: v.name,
        releaseDate: v.releaseDate ?? null,
        unresolved: toDo + inProgress + (c.unmapped ?? 0),
        counts: { toDo, inProgress, done: c.done ?? 0 },
      };
    })
    .sort((a, b) => byString(a.id, b.id));
}

function riskViews(risks: NonNullable<Snapshot['risks']>): RiskView[] {
  return risks
    .map((r) => ({
      id: String(r.id),
      title: r.title,
      probability: r.probability,
      impact: r.impact,
      score: r.probability * r.impact,
      owner: r.owner ?? null,
      mitigation: (r.mitigation ?? '').trim(),
      status: r.status,
      reviewedAt: r.reviewedAt ? parseInstant(r.reviewedAt) : null,
      issueKeys: [...new Set(r.issueKeys ?? [])].sort(),
    }))
    .sort((a, b) => byString(a.id, b.id));
}
