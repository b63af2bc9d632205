import type { DevelopmentView } from './issue-view';

export const NO_DEVELOPMENT_REASON =
  'the snapshot has no development data (no code-host connection and no development field)';

/** Linked branches, commits and pull requests: listed, or counted by Jira's summary. */
export function linkedCounts(dev: DevelopmentView): { branches: number; commits: number; pullRequests: number } {
  return {
    branches: Math.max(dev.branches.length, dev.summary?.branches ?? 0),
    commits: Math.max(dev.commits.length, dev.summary?.commits ?? 0),
    pullRequests: Math.max(dev.pullRequests.length, dev.summary?.pullRequests ?? 0),
  };
}

export const isOpen = (pr: { status: string }): boolean => pr.status.trim().toUpperCase() === 'OPEN';

export const byName =
  <T>(key: (x: T) => string) =>
  (a: T, b: T): number => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };

export const isMerged = (pr: { status: string }): boolean => pr.status.trim().toUpperCase() === 'MERGED';

type PullRequestView = DevelopmentView['pullRequests'][number];

/**
 * A finding about some of an issue's pull requests (at least one): the first by id, and the
 * finding's data naming and linking it and listing them all.
 */
export function firstPullRequest(offending: readonly PullRequestView[]): {
  first: PullRequestView;
  data: Record<string, unknown>;
} {
  const sorted = [...offending].sort(byName((p) => p.id));
  const first = sorted[0]!;
  return {
    first,
    data: { pullRequest: first.id, pullRequests: sorted.map((p) => p.id), ...(first.url ? { url: first.url } : {}) },
  };
}
