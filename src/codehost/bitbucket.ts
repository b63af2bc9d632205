import type { CodeHostClient } from './code-host-http';
import type { CodePullRequest, LinkedCode } from './linked-code';
import { bitbucketStatus, combineCi } from './ci-state';

interface Paged<T> {
  values: T[];
  next?: string;
}

/**
 * A repository's branches, recent commits and pull requests by Bitbucket Cloud's list endpoints
 * (`next` links); for the open pull requests that name a walked issue their participants,
 * diffstat and head commit's statuses; for those merged in the window their participants and
 * statuses. Bitbucket's pull request has no merge time: a merged one's `updated_on` stands in.
 * @see https://developer.atlassian.com/cloud/bitbucket/rest/api-group-commit-statuses/#api-repositories-workspace-repo-slug-commit-commit-statuses-get
 * @see https://developer.atlassian.com/cloud/bitbucket/rest/api-group-refs/#api-repositories-workspace-repo-slug-refs-branches-get
 * @see https://developer.atlassian.com/cloud/bitbucket/rest/api-group-commits/#api-repositories-workspace-repo-slug-commits-get
 * @see https://developer.atlassian.com/cloud/bitbucket/rest/api-group-pullrequests/#api-repositories-workspace-repo-slug-pullrequests-get
 */
export async function readBitbucketRepository(
  client: CodeHostClient,
  base: string,
  repo: string,
  since: string,
  namesWalkedIssue: (text: string) => boolean,
): Promise<LinkedCode> {
  const [workspace, slug] = repo.split('/');
  const api = `${base}/repositories/${encodeURIComponent(workspace ?? '')}/${encodeURIComponent(slug ?? '')}`;
  // Bitbucket pages: `values`, and the next page's URL in `next`.
  const pages = <T>(first: string, what: string, stop?: (item: T) => boolean) =>
    client.allPages<T>(
      first,
      what,
      (json) => ({ items: (json as Paged<T>).values, next: (json as Paged<T>).next ?? null }),
      stop,
    );
  const [branches, commits, pulls] = await Promise.all([
    pages<{ name: string; links?: { html?: { href?: string } } }>(
      `${api}/refs/branches?pagelen=100`,
      `the branches of ${repo}`,
    ),
    pages<{
      hash: string;
      message: string;
      date: string;
      author?: { raw?: string; user?: { display_name?: string } };
      links?: { html?: { href?: string } };
    }>(`${api}/commits?pagelen=100`, `the commits of ${repo}`, (c) => c.date < since),
    pages<{
      id: number;
      title: string;
      state: string;
      updated_on: string;
      source: { branch: { name: string }; commit?: { hash?: string } };
      links?: { html?: { href?: string } };
    }>(
      `${api}/pullrequests?state=OPEN&state=MERGED&state=DECLINED&pagelen=50`,
      `the pull requests of ${repo}`,
      (p) => p.updated_on < since,
    ),
  ]);
  const pullRequests: CodePullRequest[] = await Promise.all(
    pulls
      .filter((p) => namesWalkedIssue(p.title) || namesWalkedIssue(p.source.branch.name))
      .map(async (p) => {
        const pr: CodePullRequest = {
          id: `${repo}#${p.id}`,
          title: p.title,
          status: p.state === 'OPEN' ? 'OPEN' : p.state === 'MERGED' ? 'MERGED' : 'DECLINED',
          sourceBranch: p.source.branch.name,
          url: p.links?.html?.href ?? '',
        };
        const merged = pr.status === 'MERGED' && p.updated_on >= since;
        if (pr.status !== 'OPEN' && !merged) return { ...pr, mergedAt: pr.status === 'MERGED' ? p.updated_on : null };
        const hash = p.source.commit?.hash;
        const [{ json: detail }, stats, statuses] = await Promise.all([
          client.getJson(`${api}/pullrequests/${p.id}`, `pull request ${repo}#${p.id}`),
          merged
            ? null
            : pages<{ lines_added?: number; lines_removed?: number }>(
                `${api}/pullrequests/${p.id}/diffstat?pagelen=500`,
                `the diffstat of ${repo}#${p.id}`,
              ),
          hash
            ? pages<{ key?: string; name?: string; state?: string; url?: string }>(
                `${api}/commit/${encodeURIComponent(hash)}/statuses?pagelen=100`,
                `the build statuses of ${repo}#${p.id}`,
              )
            : null,
        ]);
        const participants = (detail as { participants?: Array<{ approved?: boolean }> }).participants ?? [];
        return {
          ...pr,
          ...(stats
            ? {
                additions: stats.reduce((s, f) => s + (f.lines_added ?? 0), 0),
                deletions: stats.reduce((s, f) => s + (f.lines_removed ?? 0), 0),
              }
            : {}),
          approvals: participants.filter((x) => x.approved).length,
          ...(statuses ? { ci: combineCi(statuses.map(bitbucketStatus)) } : {}),
          mergedAt: merged ? p.updated_on : null,
        };
      }),
  );
  return {
    branches: branches.map((b) => ({ name: b.name, url: b.links?.html?.href ?? '' })),
    commits: commits.map((c) => ({
      id: c.hash,
      message: c.message,
      author: { name: c.author?.user?.display_name ?? c.author?.raw ?? '' },
      timestamp: c.date,
      url: c.links?.html?.href ?? '',
    })),
    pullRequests,
  };
}
