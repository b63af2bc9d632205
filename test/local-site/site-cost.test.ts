import { performance } from 'node:perf_hooks';
import { generateLargeSprint } from '../../dev/demo/large-sprint';
import { bulkFetchIssues } from '../../src/fetch/jira/bulk-fetch-issues';
import type { SiteData } from '../../dev/local-site/site-data';
import { requesterFor, withSite } from '../support/site';

// The cost the benches give the local site (faults.ts): a wait per call, then a time per issue
// answered in full, within which the site builds and serialises its answer. These are lower
// bounds, not timings: the model must never answer sooner than the cost it stands for.
const SPRINT = generateLargeSprint({ issues: 12, commentsPerIssue: 3, worklogsPerIssue: 2, members: 4 }) as SiteData;
const IDS = SPRINT.issues.map((i) => i.id);

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await run();
  return { ms: performance.now() - t0, value };
}

test('an answer of issues in full comes no sooner than the call wait plus the time for each issue', async () => {
  await withSite(SPRINT, { faults: { latencyMs: 40, perIssueMs: 25 } }, async (site) => {
    const api = requesterFor(site);
    const { ms, value } = await timed(() => bulkFetchIssues(api, IDS, ['summary', 'comment']));
    expect(value.map((i) => i.id).sort()).toEqual([...IDS].sort());
    expect(ms).toBeGreaterThanOrEqual(40 + 12 * 25 - 2); // timers may fire a millisecond early
  });
});

test('issues answered by key only cost the call wait, not the time for each issue', async () => {
  await withSite(SPRINT, { faults: { latencyMs: 40, perIssueMs: 1000 } }, async (site) => {
    const api = requesterFor(site);
    const full = await timed(() => bulkFetchIssues(api, IDS.slice(0, 1), ['summary', 'status']));
    expect(full.ms).toBeGreaterThanOrEqual(40 + 1000 - 2);
    // No fields beyond id and key: the per-issue time is not charged (a 12-issue answer would be 12 s).
    const bare = await timed(() => bulkFetchIssues(api, IDS, []));
    expect(bare.value).toHaveLength(12);
    expect(bare.ms).toBeGreaterThanOrEqual(40 - 2);
    expect(bare.ms).toBeLessThan(12 * 1000);
  });
});
