/**
 * The demo's linked code as code hosts hold it: one repository, served by the local site in
 * GitHub's and in Bitbucket's shapes. Built from the demo snapshot's `development` lists, so a
 * walk with a code-host connection finds what the demo story says.
 */
export interface RepoData {
  branches: Array<{ name: string; sha: string }>;
  commits: Array<{ sha: string; message: string; author: string; email: string; date: string }>;
  pulls: Array<{
    number: number;
    title: string;
    state: 'OPEN' | 'MERGED' | 'DECLINED';
    head: string;
    updated: string;
    additions: number;
    deletions: number;
    approvers: string[];
    /** The head commit and its CI as check runs (served as Bitbucket statuses too). */
    sha: string;
    mergedAt: string | null;
    checks: Array<{ name: string; status: 'queued' | 'in_progress' | 'completed'; conclusion: string | null }>;
  }>;
}

export type CodeHostData = Record<string, RepoData>;

export const DEMO_REPO = 'acme/focus-walk-demo';

interface DevList {
  branches?: Array<{ name: string }>;
  commits?: Array<{ id: string; message: string; author?: { name?: string; email?: string }; timestamp?: string }>;
  pullRequests?: Array<{
    id: string;
    title: string;
    status: string;
    sourceBranch?: string;
    additions?: number;
    deletions?: number;
    approvals?: number;
    ci?: { state: string; failed?: string[] };
    mergedAt?: string | null;
  }>;
}

/** The check runs that give a demo pull request its CI state. */
function checksOf(ci: { state: string; failed?: string[] } | undefined): RepoData['pulls'][number]['checks'] {
  if (!ci || ci.state === 'none') return [];
  if (ci.state === 'pending') return [{ name: 'build', status: 'in_progress', conclusion: null }];
  const failed = ci.state === 'failure' ? (ci.failed ?? ['build']) : [];
  return [
    { name: 'build', status: 'completed', conclusion: 'success' },
    ...failed.map((name) => ({ name, status: 'completed' as const, conclusion: 'failure' })),
  ];
}

export function codeHostDemo(snapshot: { development?: Record<string, unknown> }): CodeHostData {
  const repo: RepoData = { branches: [{ name: 'main', sha: '0'.repeat(40) }], commits: [], pulls: [] };
  for (const dev of Object.values(snapshot.development ?? {}) as DevList[]) {
    for (const b of dev.branches ?? []) repo.branches.push({ name: b.name, sha: 'a'.repeat(40) });
    for (const c of dev.commits ?? [])
      repo.commits.push({
        sha: c.id,
        message: c.message,
        author: c.author?.name ?? 'someone',
        email: c.author?.email ?? 'someone@acme.test',
        date: (c.timestamp ?? '2026-11-16T10:00:00.000+0000').replace('+0000', 'Z').replace('.000Z', 'Z'),
      });
    for (const p of dev.pullRequests ?? []) {
      repo.pulls.push({
        number: Number(p.id),
        title: p.title,
        state: p.status === 'OPEN' ? 'OPEN' : p.status === 'MERGED' ? 'MERGED' : 'DECLINED',
        head: p.sourceBranch ?? 'unknown',
        updated: '2026-11-18T12:00:00Z',
        additions: p.additions ?? 0,
        deletions: p.deletions ?? 0,
        approvers: Array.from({ length: p.approvals ?? 0 }, (_, i) => `reviewer-${i + 1}`),
        sha: `${String(p.id).padStart(4, '0')}${'c'.repeat(36)}`,
        mergedAt: p.mergedAt ? p.mergedAt.replace('.000Z', 'Z') : null,
        checks: checksOf(p.ci),
      });
    }
  }
  repo.commits.sort((a, b) => b.date.localeCompare(a.date));
  return { [DEMO_REPO]: repo };
}
