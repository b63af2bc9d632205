/**
 * One walk as a background walk does it (slim, compact reads), against a site in another process: the snapshot
 * fetched and walked in this process alone; prints the peak resident memory (maxRSS) as JSON.
 */
import { walkParsed } from '../src/engine/walk';
import { parseSnapshot } from '../src/snapshot/parse-snapshot';
import { parseSettings } from '../src/settings/schema';
import { FetchRequester } from '../src/fetch/fetch-requester';
import { fetchSnapshot } from '../src/fetch/fetch-snapshot';
import { RetryingRequester } from '../src/fetch/retrying-requester';

void (async () => {
  const site = process.argv[2] ?? '';
  const { activity, ...snapshot } = await fetchSnapshot(new RetryingRequester(new FetchRequester(site, 'b@a.c', 'x')), {
    projectKey: 'BIG',
    slim: true,
    compact: true,
  });
  const report = walkParsed(
    parseSnapshot(snapshot),
    parseSettings({}),
    Date.parse('2026-11-19T17:30:00.000Z'),
    activity,
  );
  console.log(
    JSON.stringify({
      issues: (snapshot.issues as unknown[]).length,
      findings: report.findings.length,
      peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
})();
