import { nextLink, type CodeHostClient } from './code-host-http';
import type { CodePullRequest, LinkedCode } from './linked-code';

/**
 * A repository's branches, recent commits and recently updated pull requests, by GitHub's list
 * endpoints (100 a page): three listings per repository, plus size and reviews only for the open
 * pull requests that name a walked issue.
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
      head: { ref: string };
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
        if (pr.status !== 'OPEN') return pr;
        const [{ json: detail }, { json: reviews }] = await Promise.all([
          client.getJson(`${api}/pulls/${p.number}`, `pull request ${repo}#${p.number}`),
          client.getJson(`${api}/pulls/${p.number}/reviews?per_page=100`, `the reviews of ${repo}#${p.number}`),
        ]);
        const d = detail as { additions?: number; deletions?: number };
        const latest = new Map<string, string>();
        for (const r of reviews as Array<{ user?: { login?: string }; state: string }>)
          if (r.user?.login) latest.set(r.user.login, r.state);
        return {
          ...pr,
          additions: d.additions ?? 0,
          deletions: d.deletions ?? 0,
          approvals: [...latest.values()].filter((s) => s === 'APPROVED').length,
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
