import { nextLink, type CodeHostClient } from './code-host-http';
import type { CodePullRequest, LinkedCode } from './linked-code';
import { combineCi, githubCheckRun, githubStatus } from './ci-state';

/**
 * A repository's branches, recent commits and recently updated pull requests, by GitHub's list
 * endpoints (100 a page): three listings per repository; for the open pull requests that name a
 * walked issue their size, reviews and head commit's CI (check runs and the combined status,
 * which leaves check runs out, so both); for those merged in the window their reviews and CI.
 * @see https://docs.github.com/en/rest/checks/runs#list-check-runs-for-a-git-reference
 * @see https://docs.github.com/en/rest/commits/statuses#get-the-combined-status-for-a-specific-reference
 * @see https://docs.github.com/en/rest/branches/branches#list-branches
 * @see https://docs.github.com/en/rest/commits/commits#list-commits
 * @see https://docs.github.com/en/rest/pulls/pulls#list-pull-requests
 */
export async function readGithubRepository(
  client: CodeHostClient,
  base: string,
  repo: string,
  since: string,
  namesWalkedIssue: (text: string) => boolean,
): Promise<LinkedCode> {
  const [owner, name] = repo.split('/');
  const api = `${base}/repos/${encodeURIComponent(owner ?? '')}/${encodeURIComponent(name ?? '')}`;
  // GitHub pages: a JSON array, and the next page in the Link header.
  const pages = <T>(first: string, what: string, stop?: (item: T) => boolean) =>
    client.allPages<T>(first, what, (json, headers) => ({ items: json as T[], next: nextLink(headers) }), stop);
  const [branches, commits, pulls] = await Promise.all([
    pages<{ name: string }>(`${api}/branches?per_page=100`, `the branches of ${repo}`),
    pages<{
      sha: string;
      html_url: string;
      commit: { message: string; author?: { name?: string; email?: string; date?: string } };
    }>(`${api}/commits?since=${encodeURIComponent(since)}&per_page=100`, `the commits of ${repo}`),
    pages<{
      number: number;
      title: string;
      state: string;
      merged_at: string | null;
      html_url: string;
      updated_at: string;
      head: { ref: string; sha?: string };
    }>(
      `${api}/pulls?state=all&sort=updated&direction=desc&per_page=100`,
      `the pull requests of ${repo}`,
      (p) => p.updated_at < since,
    ),
  ]);
  const pullRequests: CodePullRequest[] = await Promise.all(
    pulls
      .filter((p) => namesWalkedIssue(p.title) || namesWalkedIssue(p.head.ref))
      .map(async (p) => {
        const pr: CodePullRequest = {
          id: `${repo}#${p.number}`,
          title: p.title,
          status: p.state === 'open' ? 'OPEN' : p.merged_at ? 'MERGED' : 'DECLINED',
          sourceBranch: p.head.ref,
          url: p.html_url,
        };
        const merged = pr.status === 'MERGED' && p.merged_at !== null && p.merged_at >= since;
        if (pr.status !== 'OPEN' && !merged) return { ...pr, mergedAt: p.merged_at };
        const sha = p.head.sha;
        const [detail, reviews, runs, status] = await Promise.all([
          merged ? null : client.getJson(`${api}/pulls/${p.number}`, `pull request ${repo}#${p.number}`),
          client.getJson(`${api}/pulls/${p.number}/reviews?per_page=100`, `the reviews of ${repo}#${p.number}`),
          sha
            ? client.getJson(`${api}/commits/${sha}/check-runs?per_page=100`, `the check runs of ${repo}#${p.number}`)
            : null,
          sha
            ? client.getJson(`${api}/commits/${sha}/status?per_page=100`, `the commit status of ${repo}#${p.number}`)
            : null,
        ]);
        const latest = new Map<string, string>();
        for (const r of reviews.json as Array<{ user?: { login?: string }; state: string }>)
          if (r.user?.login) latest.set(r.user.login, r.state);
        const checkRuns =
          (runs?.json as { check_runs?: Array<Record<string, string | null>> } | undefined)?.check_runs ?? [];
        const statuses =
          (status?.json as { statuses?: Array<Record<string, string | null>> } | undefined)?.statuses ?? [];
        const d = (detail?.json ?? {}) as { additions?: number; deletions?: number };
        return {
          ...pr,
          ...(detail ? { additions: d.additions ?? 0, deletions: d.deletions ?? 0 } : {}),
          approvals: [...latest.values()].filter((s) => s === 'APPROVED').length,
          ...(sha ? { ci: combineCi([...checkRuns.map(githubCheckRun), ...statuses.map(githubStatus)]) } : {}),
          mergedAt: p.merged_at,
        };
      }),
  );
  return {
    branches: branches.map((b) => ({ name: b.name, url: `https://github.com/${repo}/tree/${b.name}` })),
    commits: commits.map((c) => ({
      id: c.sha,
      message: c.commit.message,
      author: {
        name: c.commit.author?.name ?? '',
        ...(c.commit.author?.email ? { email: c.commit.author.email } : {}),
      },
      timestamp: c.commit.author?.date ?? '',
      url: c.html_url,
    })),
    pullRequests,
  };
}
