/**
 * Sprint reporting benchmark (issue 14): a board with 6 closed sprints of 500 issues each and an
 * active sprint of 500, on the local site at a real site's cost (100 ms a call, 10 ms for each
 * issue answered in full). Prints the calls per endpoint and the time of the first walk's
 * reporting reads (every closed sprint read with the batched reads), of the next walk's (closed
 * sprints kept: none read again), and of the pure computation (burndown, velocity, forecast).
 */
import { performance } from 'node:perf_hooks';
import { generateLargeSprint } from '../dev/demo/large-sprint';
import { withLargeHistory } from '../dev/demo/large-history';
import { toSiteDataSet, type SiteData } from '../dev/local-site/site-data';
import { FetchRequester } from '../src/fetch/fetch-requester';
import { fetchSnapshot } from '../src/fetch/fetch-snapshot';
import { RetryingRequester } from '../src/fetch/retrying-requester';
import { readReporting, type KeptFigures } from '../src/app/reports/reporting-reads';
import { parseSettings } from '../src/settings/schema';
import { parseSnapshot } from '../src/snapshot/parse-snapshot';
import { sprintReport } from '../src/reporting/sprint-report';
import type { SprintFigures } from '../src/snapshot/schema';
import { startSiteThread } from './site-worker';

const SPRINTS = 6;
/** The generated sprint's moment (dev/demo/large-sprint.ts): the bench takes the instant it means. */
const AT = new Date('2026-11-19T17:30:00.000Z');
const PER_SPRINT = 500;

export async function benchReporting(): Promise<void> {
  const base = toSiteDataSet(
    generateLargeSprint({ issues: 500, commentsPerIssue: 5, worklogsPerIssue: 3, members: 10 }) as SiteData,
  );
  const data = withLargeHistory(base, { sprints: SPRINTS, issues: PER_SPRINT });
  const site = await startSiteThread(data, { latencyMs: 100, perIssueMs: 10 });
  try {
    const api = new RetryingRequester(new FetchRequester(site.url, 'bench@acme.test', 'x'));
    const settings = parseSettings({});
    const jira = await fetchSnapshot(api, { projectKey: 'BIG', now: () => AT });
    const kept = new Map<number, SprintFigures>();
    const keep: KeptFigures = {
      get: (id) => Promise.resolve(kept.get(id)),
      set: (f) => Promise.resolve(void kept.set(f.id, f)),
    };
    const before = await site.counts();
    const diff = async (from: Record<string, number>) => {
      const now = await site.counts();
      const out: Record<string, number> = {};
      for (const [op, n] of Object.entries(now)) if (n - (from[op] ?? 0) > 0) out[op] = n - (from[op] ?? 0);
      return out;
    };
    const line = (c: Record<string, number>) =>
      Object.entries(c)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([op, n]) => `${op}=${n}`)
        .join(' ');
    const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);

    let t0 = performance.now();
    const reporting = await readReporting(api, jira, settings, AT, keep);
    const first = performance.now() - t0;
    const firstCalls = await diff(before);
    const mid = await site.counts();
    t0 = performance.now();
    await readReporting(api, jira, settings, AT, keep);
    const second = performance.now() - t0;
    const secondCalls = await diff(mid);

    const snapshot = parseSnapshot({ ...jira, reporting });
    t0 = performance.now();
    const report = sprintReport(snapshot, settings, AT.getTime());
    const compute = performance.now() - t0;
    // Per closed sprint: 1 id search, ceil(500/100) bulk fetches, 1 changelog read.
    const bound = 1 + SPRINTS * (1 + Math.ceil(PER_SPRINT / 100) + 1);
    console.log(
      `reporting  ${SPRINTS} closed sprints x ${PER_SPRINT} issues: first walk ${total(firstCalls)} calls (closed sprints' bound ${bound} + the sprint's own reads), ${(first / 1000).toFixed(2)} s`,
    );
    console.log(`           ${line(firstCalls)}`);
    console.log(
      `reporting  next walk (closed sprints kept): ${total(secondCalls)} calls, ${(second / 1000).toFixed(2)} s (${(first / Math.max(1, second)).toFixed(1)}x faster)`,
    );
    console.log(`           ${line(secondCalls)}`);
    console.log(
      `reporting  burndown + velocity + forecast of ${snapshot.issues.length} sprint issues: ${compute.toFixed(0)} ms; velocity ${report.velocity.map((v) => v.completed.points).join('/')} points`,
    );
  } finally {
    await site.close();
  }
}
