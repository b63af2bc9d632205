/**
 * Fetch benchmark (issues 3 and 10): sprints of 50, 500, 2,000 and 10,000 issues (comments and
 * worklogs within the inline pages) on the local site with a real site's cost: 100 ms a call
 * plus 10 ms for each issue answered in full. Prints the calls per endpoint against the bound
 * ceil(N/5000) + ceil(N/100) + ceil(N/1000) + 12, the wall time, the naive design's calls
 * (1 search + 4 calls per issue), and whether the walk of the fetched snapshot equals
 * `focus-walk check` of the served data. Targets (issue 26: within 1.2x of the critical path): 2,000 issues < 3.4 s, 10,000 < 14.2 s.
 */
import { isDeepStrictEqual } from 'node:util';
import { performance } from 'node:perf_hooks';
import { generateLargeSprint } from '../dev/demo/large-sprint';
import { walk } from '../src/engine/walk';
import { FetchRequester } from '../src/fetch/fetch-requester';
import { fetchSnapshot } from '../src/fetch/fetch-snapshot';
import { RetryingRequester } from '../src/fetch/retrying-requester';
import { toSiteDataSet, type SiteData } from '../dev/local-site/site-data';
import { startSiteThread } from './site-worker';

const AT = '2026-11-19T17:30:00.000Z';
const TARGET_MS: Record<number, number> = { 2000: 3400, 10000: 14200 };

export async function benchFetch(): Promise<void> {
  for (const issues of [50, 500, 2000, 10000]) {
    const data = toSiteDataSet(
      generateLargeSprint({ issues, commentsPerIssue: 15, worklogsPerIssue: 10, members: 30 }) as SiteData,
    );
    // The site on its own thread, as a real site is on its own machines.
    const site = await startSiteThread(data, { latencyMs: 100, perIssueMs: 10 });
    try {
      const api = new RetryingRequester(new FetchRequester(site.url, 'bench@acme.test', 'x'));
      const t0 = performance.now();
      const snapshot = await fetchSnapshot(api, { projectKey: 'BIG' });
      const wall = performance.now() - t0;
      const counts = await site.counts();
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      // checks-delivery.md: at most 3 calls more (future sprints, versions, the upcoming search) plus one per 100 upcoming issues.
      const upcoming = snapshot.upcoming?.issues.length ?? 0;
      const bound =
        Math.ceil(issues / 5000) +
        Math.ceil(issues / 100) +
        Math.ceil(issues / 1000) +
        12 +
        3 +
        Math.ceil(upcoming / 100);
      const delivery =
        (counts.getProjectVersionsPaginated ?? 0) +
        (counts.getAllSprints ?? 0) -
        1 +
        Math.max(1, Math.ceil(upcoming / 100));
      const naive = 1 + 4 * issues;
      const perEndpoint = Object.entries(counts)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([op, n]) => `${op}=${n}`)
        .join(' ');
      const same = isDeepStrictEqual(walk(snapshot, {}, AT).findings, walk(data, {}, AT).findings);
      console.log(
        `fetch   ${String(issues).padStart(6)} issues  ${String(total).padStart(4)} calls (bound ${bound})  ${(wall / 1000).toFixed(2)} s  naive ${naive} calls (${(naive / total).toFixed(0)}x more)  findings equal to check: ${same ? 'yes' : 'NO'}`,
      );
      console.log(`        ${perEndpoint}`);
      console.log(
        `        delivery reads (next sprint or Ready column, ${upcoming} upcoming issues, versions): ${delivery} calls (bound ${3 + Math.ceil(upcoming / 100)})`,
      );
      const target = TARGET_MS[issues];
      if (target)
        console.log(
          `fetch   target for ${issues.toLocaleString('en')} issues at 100 ms + 10 ms/issue: < ${target / 1000} s: ${wall < target ? 'met' : 'MISSED'} (ratio ${(wall / target).toFixed(2)})`,
        );
    } finally {
      await site.close();
    }
  }
}

if (require.main === module) void benchFetch();
