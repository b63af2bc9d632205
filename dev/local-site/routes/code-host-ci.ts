import type { RepoData } from '../../demo/code-host-demo';
import { ok, type Route, type RouteContext } from '../route';
import { notFound, repoOf } from './code-host-repo';

/**
 * The code hosts' CI of a commit: GitHub's check runs and combined status (which leaves check
 * runs out), Bitbucket's commit statuses. The stand-in keeps a pull request's CI as check runs
 * and serves each host its own shape of them.
 * @see https://docs.github.com/en/rest/checks/runs#list-check-runs-for-a-git-reference
 * @see https://docs.github.com/en/rest/commits/statuses#get-the-combined-status-for-a-specific-reference
 * @see https://developer.atlassian.com/cloud/bitbucket/rest/api-group-commit-statuses/
 */
const GH = '/github/repos/{owner}/{repo}';
const BB = '/bitbucket/2.0/repositories/{workspace}/{repo_slug}';

function pullAt(repo: RepoData | undefined, ref: string | undefined): RepoData['pulls'][number] | undefined {
  return ref ? repo?.pulls.find((p) => p.sha === ref || p.sha.startsWith(ref)) : undefined;
}

const runUrl = (ctx: RouteContext, name: string) =>
  `https://github.com/${ctx.params.owner}/${ctx.params.repo}/actions/runs/${encodeURIComponent(name)}`;

export const githubCheckRuns: Route = {
  operationId: 'checks/list-for-ref',
  document: 'github',
  method: 'GET',
  template: `${GH}/commits/{ref}/check-runs`,
  handle(ctx) {
    const repo = repoOf(ctx, ctx.params.owner, ctx.params.repo);
    if (!repo) return notFound();
    const checks = pullAt(repo, ctx.params.ref)?.checks ?? [];
    return ok({
      total_count: checks.length,
      check_runs: checks.map((c, i) => ({
        id: i + 1,
        name: c.name,
        status: c.status,
        conclusion: c.conclusion,
        html_url: runUrl(ctx, c.name),
      })),
    });
  },
};

export const githubCombinedStatus: Route = {
  operationId: 'repos/get-combined-status-for-ref',
  document: 'github',
  method: 'GET',
  template: `${GH}/commits/{ref}/status`,
  handle(ctx) {
    const repo = repoOf(ctx, ctx.params.owner, ctx.params.repo);
    if (!repo) return notFound();
    // The demo's CI runs as GitHub Actions: check runs only, so the combined status is empty ("pending", no statuses).
    return ok({ state: 'pending', sha: ctx.params.ref, total_count: 0, statuses: [] });
  },
};

const BB_STATE: Record<string, string> = { success: 'SUCCESSFUL', failure: 'FAILED', cancelled: 'STOPPED' };

export const bitbucketStatuses: Route = {
  operationId: 'commit/statuses',
  document: 'bitbucket',
  method: 'GET',
  template: `${BB}/commit/{commit}/statuses`,
  handle(ctx) {
    const repo = repoOf(ctx, ctx.params.workspace, ctx.params.repo_slug);
    if (!repo) return notFound();
    const checks = pullAt(repo, ctx.params.commit)?.checks ?? [];
    const values = checks.map((c) => ({
      type: 'build',
      key: c.name,
      name: c.name,
      state: c.status === 'completed' ? (BB_STATE[c.conclusion ?? ''] ?? 'SUCCESSFUL') : 'INPROGRESS',
      url: `https://bitbucket.org/${ctx.params.workspace}/${ctx.params.repo_slug}/pipelines/${encodeURIComponent(c.name)}`,
    }));
    return ok({ pagelen: 100, page: 1, size: values.length, values });
  },
};

export const CI_ROUTES: readonly Route[] = [githubCheckRuns, githubCombinedStatus, bitbucketStatuses];
