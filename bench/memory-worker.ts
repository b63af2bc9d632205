/**
 * One walk as a background walk does it (slim reads), against a site in another process: the snapshot
 * fetched and walked in this process alone; prints the peak resident memory (maxRSS) as JSON.
 */
import { walk } from '../src/engine/walk';
import { FetchRequester } from '../src/fetch/fetch-requester';
import { fetchSnapshot } from '../src/fetch/fetch-snapshot';
import { RetryingRequester } from '../src/fetch/retrying-requester';

void (async () => {
  const site = process.argv[2] ?? '';
  const snapshot = await fetchSnapshot(new RetryingRequester(new FetchRequester(site, 'b@a.c', 'x')), {
    projectKey: 'BIG',
    slim: true,
  });
  const report = walk(snapshot, {}, '2026-11-19T17:30:00.000Z');
  console.log(
    JSON.stringify({
      issues: (snapshot.issues as unknown[]).length,
      findings: report.findings.length,
      peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
})();
