/**
 * Code-host benchmark (issue 6): the calls one walk makes to a code host for 500 issues in 20
 * repositories (each repository: 60 branches, 150 commits, 40 pull requests naming the issues,
 * a quarter of them open, the rest merged in the window), against the local site's GitHub and
 * Bitbucket stand-ins. Calls grow with open and recently merged pull requests (each: reviews and
 * its head commit's CI), not with issues.
 */
import { performance } from 'node:perf_hooks';
import type { CodeHostData, RepoData } from '../dev/demo/code-host-demo';
import { SeededRandom } from '../dev/demo/random';
import { fetchGet } from '../src/codehost/fetch-get';
import { readLinkedCode } from '../src/codehost/read-linked-code';
import { startLocalSite } from '../dev/local-site/server';

function repos(count: number, issues: number): CodeHostData {
  const rnd = new SeededRandom(6);
  const data: CodeHostData = {};
  for (let r = 0; r < count; r++) {
    const key = () => `BIG-${rnd.int(1, issues)}`;
    const repo: RepoData = {
      branches: Array.from({ length: 60 }, (_, i) => ({ name: `feature/${key()}-work-${i}`, sha: rnd.hex(40) })),
      commits: Array.from({ length: 150 }, (_, i) => ({
        sha: rnd.hex(40),
        message: `${key()} change ${i} #time 1h`,
        author: 'dev',
        email: 'dev@acme.test',
        date: `2026-11-${String(10 + (i % 9)).padStart(2, '0')}T10:00:00Z`,
      })),
      pulls: Array.from({ length: 40 }, (_, i) => ({
        number: i + 1,
        title: `${key()} pull ${i}`,
        state: i % 4 === 0 ? ('OPEN' as const) : ('MERGED' as const),
        head: `feature/pr-${i}`,
        updated: '2026-11-18T10:00:00Z',
        additions: rnd.int(10, 900),
        deletions: rnd.int(0, 200),
        approvers: i % 3 ? ['a'] : [],
        sha: rnd.hex(40),
        mergedAt: i % 4 === 0 ? null : '2026-11-18T09:00:00Z',
        checks: [{ name: 'build', status: 'completed' as const, conclusion: i % 5 ? 'success' : 'failure' }],
      })),
    };
    data[`acme/repo-${r}`] = repo;
  }
  return data;
}

export async function benchCodeHost(): Promise<void> {
  const issueCount = 500;
  const issues = Array.from({ length: issueCount }, (_, i) => ({ id: String(20000 + i), key: `BIG-${i + 1}` }));
  const codeHost = repos(20, issueCount);
  const site = await startLocalSite(
    { project: { id: '1', key: 'BIG' }, issues: [] },
    { codeHost, codeHostToken: 'bench', faults: { latencyMs: 20 } },
  );
  try {
    for (const provider of ['github', 'bitbucket'] as const) {
      let calls = 0;
      const t0 = performance.now();
      const dev = await readLinkedCode({
        config: { provider, repositories: Object.keys(codeHost) },
        token: 'bench',
        get: fetchGet,
        bases: { github: `${site.url}/github`, bitbucket: `${site.url}/bitbucket/2.0` },
        projectKey: 'BIG',
        issues,
        since: '2026-11-09T00:00:00Z',
        onCall: () => calls++,
      });
      const linked = Object.values(dev).filter(
        (d) => d.summary.branches + d.summary.commits + d.summary.pullRequests > 0,
      ).length;
      console.log(
        `code    ${provider.padEnd(9)} 500 issues, 20 repositories: ${calls} calls (${(calls / 20).toFixed(1)} per repository; per issue per repository would be 10,000+), ${((performance.now() - t0) / 1000).toFixed(2)} s at 20 ms a call, ${linked} issues with linked code`,
      );
    }
  } finally {
    await site.close();
  }
}

if (require.main === module) void benchCodeHost();
