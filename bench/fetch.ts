/**
 * Fetch benchmark (issue 3): sprints of 50, 500 and 2,000 issues (comments and worklogs within
 * the inline pages) on the local site with 50 ms latency per call. Prints the calls per
 * endpoint, the total, the wall time and the ratio to the naive design (1 search + 4 calls per
 * issue: comments, worklogs, changelog, assignee). Target for 2,000 issues: <= 40 calls, < 5 s.
 */
import { performance } from 'node:perf_hooks';
import { generateLargeSprint } from '../src/demo/large-sprint';
import { FetchRequester } from '../src/fetch/fetch-requester';
import { fetchSnapshot } from '../src/fetch/fetch-snapshot';
import { RetryingRequester } from '../src/fetch/retrying-requester';
import { startLocalSite } from '../src/local-site/server';
import { toSiteDataSet, type SiteData } from '../src/local-site/site-data';

export async function benchFetch(): Promise<void> {
  for (const issues of [50, 500, 2000]) {
    const data = toSiteDataSet(generateLargeSprint({ issues, commentsPerIssue: 15, worklogsPerIssue: 10, members: 30 }) as SiteData);
    const site = await startLocalSite(data, { faults: { latencyMs: 50 } });
    try {
      const api = new RetryingRequester(new FetchRequester(site.url, 'bench@acme.test', 'x'));
      const t0 = performance.now();
      await fetchSnapshot(api, { projectKey: 'BIG' });
      const wall = performance.now() - t0;
      const total = site.total();
      const naive = 1 + 4 * issues;
      const perEndpoint = Object.entries(site.counts)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([op, n]) => `${op}=${n}`)
        .join(' ');
      console.log(`fetch   ${String(issues).padStart(6)} issues  ${String(total).padStart(3)} calls  ${(wall / 1000).toFixed(2)} s  naive ${naive} calls (${(naive / total).toFixed(0)}x more)`);
      console.log(`        ${perEndpoint}`);
      if (issues === 2000) console.log(`fetch   targets for 2,000 issues: <= 40 calls: ${total <= 40 ? 'met' : 'MISSED'}; < 5 s: ${wall < 5000 ? 'met' : 'MISSED'}`);
    } finally {
      await site.close();
    }
  }
}

if (require.main === module) void benchFetch();
