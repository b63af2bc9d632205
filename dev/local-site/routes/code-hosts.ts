import { CI_ROUTES } from './code-host-ci';
import type { RepoData } from '../../demo/code-host-demo';
import { intParam, ok, type Reply, type Route, type RouteContext } from '../route';

import { notFound, repoOf } from './code-host-repo';

/** GitHub pages: `page` and `per_page`, with a `Link: <...>; rel="next"` header. */
function githubPage<T>(ctx: RouteContext, path: string, items: T[]): Reply {
  const perPage = intParam(ctx.query, 'per_page', 30, 100);
  const page = Math.max(1, intParam(ctx.query, 'page', 1));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const headers: Record<string, string> = {};
  if (page * perPage < items.length) {
    const next = new URLSearchParams(ctx.query);
    next.set('page', String(page + 1));
    headers.Link = `<${ctx.base}${path}?${next.toString()}>; rel="next"`;
  }
  return { status: 200, json: slice, headers };
}

const GH = '/github/repos/{owner}/{repo}';

export const githubBranches: Route = {
  operationId: 'repos/list-branches',
  document: 'github',
  method: 'GET',
  template: `${GH}/branches`,
  handle(ctx) {
    const repo = repoOf(ctx, ctx.params.owner, ctx.params.repo);
    if (!repo) return notFound();
    return githubPage(
      ctx,
      `/github/repos/${ctx.params.owner}/${ctx.params.repo}/branches`,
      repo.branches.map((b) => ({ name: b.name, commit: { sha: b.sha, url: '' }, protected: b.name === 'main' })),
    );
  },
};

export const githubCommits: Route = {
  operationId: 'repos/list-commits',
  document: 'github',
  method: 'GET',
  template: `${GH}/commits`,
  handle(ctx) {
    const repo = repoOf(ctx, ctx.params.owner, ctx.params.repo);
    if (!repo) return notFound();
    const since = ctx.query.get('since') ?? '';
    const items = repo.commits
      .filter((c) => !since || c.date >= since)
      .map((c) => ({
        sha: c.sha,
        html_url: `https://github.com/${ctx.params.owner}/${ctx.params.repo}/commit/${c.sha}`,
        commit: { message: c.message, author: { name: c.author, email: c.email, date: c.date } },
      }));
    return githubPage(ctx, `/github/repos/${ctx.params.owner}/${ctx.params.repo}/commits`, items);
  },
};

const githubPull = (owner: string, name: string, p: RepoData['pulls'][number]) => ({
  number: p.number,
  title: p.title,
  state: p.state === 'OPEN' ? 'open' : 'closed',
  merged_at: p.state === 'MERGED' ? (p.mergedAt ?? p.updated) : null,
  html_url: `https://github.com/${owner}/${name}/pull/${p.number}`,
  updated_at: p.updated,
  head: { ref: p.head, sha: p.sha },
});

export const githubPulls: Route = {
  operationId: 'pulls/list',
  document: 'github',
  method: 'GET',
  template: `${GH}/pulls`,
  handle(ctx) {
    const { owner = '', repo: name = '' } = ctx.params;
    const repo = repoOf(ctx, owner, name);
    if (!repo) return notFound();
    const pulls = [...repo.pulls]
      .sort((a, b) => b.updated.localeCompare(a.updated))
      .map((p) => githubPull(owner, name, p));
    return githubPage(ctx, `/github/repos/${owner}/${name}/pulls`, pulls);
  },
};

export const githubPull1: Route = {
  operationId: 'pulls/get',
  document: 'github',
  method: 'GET',
  template: `${GH}/pulls/{pull_number}`,
  handle(ctx) {
    const { owner = '', repo: name = '' } = ctx.params;
    const p = repoOf(ctx, owner, name)?.pulls.find((x) => String(x.number) === ctx.params.pull_number);
    return p ? ok({ ...githubPull(owner, name, p), additions: p.additions, deletions: p.deletions }) : notFound();
  },
};

export const githubReviews: Route = {
  operationId: 'pulls/list-reviews',
  document: 'github',
  method: 'GET',
  template: `${GH}/pulls/{pull_number}/reviews`,
  handle(ctx) {
    const p = repoOf(ctx, ctx.params.owner, ctx.params.repo)?.pulls.find(
      (x) => String(x.number) === ctx.params.pull_number,
    );
    return p
      ? githubPage(
          ctx,
          `/github/repos/${ctx.params.owner}/${ctx.params.repo}/pulls/${p.number}/reviews`,
          p.approvers.map((login, i) => ({ id: i + 1, user: { login }, state: 'APPROVED' })),
        )
      : notFound();
  },
};

const BB = '/bitbucket/2.0/repositories/{workspace}/{repo_slug}';

function bitbucketPage<T>(ctx: RouteContext, path: string, items: T[], max: number): Reply {
  const pagelen = intParam(ctx.query, 'pagelen', 10, max);
  const page = Math.max(1, intParam(ctx.query, 'page', 1));
  const values = items.slice((page - 1) * pagelen, page * pagelen);
  const next = new URLSearchParams(ctx.query);
  next.set('page', String(page + 1));
  return ok({
    pagelen,
    page,
    size: items.length,
    values,
    ...(page * pagelen < items.length ? { next: `${ctx.base}${path}?${next.toString()}` } : {}),
  });
}

const bbHtml = (ctx: RouteContext, rest: string) => ({
  html: { href: `https://bitbucket.org/${ctx.params.workspace}/${ctx.params.repo_slug}${rest}` },
});

export const bitbucketBranches: Route = {
  operationId: 'refs/branches',
  document: 'bitbucket',
  method: 'GET',
  template: `${BB}/refs/branches`,
  handle(ctx) {
    const repo = repoOf(ctx, ctx.params.workspace, ctx.params.repo_slug);
    if (!repo) return notFound();
    return bitbucketPage(
      ctx,
      `/bitbucket/2.0/repositories/${ctx.params.workspace}/${ctx.params.repo_slug}/refs/branches`,
      repo.branches.map((b) => ({
        type: 'branch',
        name: b.name,
        target: { hash: b.sha },
        links: bbHtml(ctx, `/branch/${b.name}`),
      })),
      100,
    );
  },
};

export const bitbucketCommits: Route = {
  operationId: 'commits',
  document: 'bitbucket',
  method: 'GET',
  template: `${BB}/commits`,
  handle(ctx) {
    const repo = repoOf(ctx, ctx.params.workspace, ctx.params.repo_slug);
    if (!repo) return notFound();
    const items = repo.commits.map((c) => ({
      type: 'commit',
      hash: c.sha,
      message: c.message,
      date: c.date,
      author: { raw: `${c.author} <${c.email}>`, user: { display_name: c.author } },
      links: bbHtml(ctx, `/commits/${c.sha}`),
    }));
    return bitbucketPage(
      ctx,
      `/bitbucket/2.0/repositories/${ctx.params.workspace}/${ctx.params.repo_slug}/commits`,
      items,
      100,
    );
  },
};

const bbPull = (ctx: RouteContext, p: RepoData['pulls'][number]) => ({
  type: 'pullrequest',
  id: p.number,
  title: p.title,
  state: p.state,
  updated_on: p.updated,
  source: { branch: { name: p.head }, commit: { hash: p.sha.slice(0, 12) } },
  links: bbHtml(ctx, `/pull-requests/${p.number}`),
});

export const bitbucketPulls: Route = {
  operationId: 'pullrequests',
  document: 'bitbucket',
  method: 'GET',
  template: `${BB}/pullrequests`,
  handle(ctx) {
    const repo = repoOf(ctx, ctx.params.workspace, ctx.params.repo_slug);
    if (!repo) return notFound();
    const states = ctx.query.getAll('state');
    const pulls = [...repo.pulls]
      .filter((p) => (states.length ? states.includes(p.state) : p.state === 'OPEN'))
      .sort((a, b) => b.updated.localeCompare(a.updated))
      .map((p) => bbPull(ctx, p));
    return bitbucketPage(
      ctx,
      `/bitbucket/2.0/repositories/${ctx.params.workspace}/${ctx.params.repo_slug}/pullrequests`,
      pulls,
      50,
    );
  },
};

export const bitbucketPull: Route = {
  operationId: 'pullrequest',
  document: 'bitbucket',
  method: 'GET',
  template: `${BB}/pullrequests/{pull_request_id}`,
  handle(ctx) {
    const p = repoOf(ctx, ctx.params.workspace, ctx.params.repo_slug)?.pulls.find(
      (x) => String(x.number) === ctx.params.pull_request_id,
    );
    return p
      ? ok({
          ...bbPull(ctx, p),
          participants: p.approvers.map((a) => ({ role: 'REVIEWER', approved: true, user: { display_name: a } })),
        })
      : notFound();
  },
};

export const bitbucketDiffstat: Route = {
  operationId: 'pullrequest/diffstat',
  document: 'bitbucket',
  method: 'GET',
  template: `${BB}/pullrequests/{pull_request_id}/diffstat`,
  handle(ctx) {
    const p = repoOf(ctx, ctx.params.workspace, ctx.params.repo_slug)?.pulls.find(
      (x) => String(x.number) === ctx.params.pull_request_id,
    );
    if (!p) return notFound();
    // Split the pull request's lines over two files, as a diffstat lists them.
    const files = [
      { status: 'modified', lines_added: Math.ceil(p.additions / 2), lines_removed: Math.ceil(p.deletions / 2) },
      { status: 'modified', lines_added: Math.floor(p.additions / 2), lines_removed: Math.floor(p.deletions / 2) },
    ];
    return bitbucketPage(
      ctx,
      `/bitbucket/2.0/repositories/${ctx.params.workspace}/${ctx.params.repo_slug}/pullrequests/${p.number}/diffstat`,
      files,
      500,
    );
  },
};

export const CODE_HOST_ROUTES: readonly Route[] = [
  ...CI_ROUTES,
  githubBranches,
  githubCommits,
  githubPulls,
  githubPull1,
  githubReviews,
  bitbucketBranches,
  bitbucketCommits,
  bitbucketPulls,
  bitbucketPull,
  bitbucketDiffstat,
];
