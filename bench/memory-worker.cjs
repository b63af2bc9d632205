'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS: run without a TypeScript hook */
/**
 * One background walk (slim, compact reads, the stand-up beside it) against a site in another
 * process, run on the build (dist/) with plain node as Forge runs the bundle: no TypeScript hook
 * in the process (tsx's own costs about 20 MB). Prints the peak resident memory (maxRSS), the
 * calls made and the wall time as JSON. Argument: the site's URL.
 */
const { join } = require('node:path');
const dist = (path) => require(join(__dirname, '..', 'dist', path));
const { walkWithStandup } = dist('engine/walk');
const { parseSnapshot } = dist('snapshot/parse-snapshot');
const { parseSettings } = dist('settings/schema');
const { FetchRequester } = dist('fetch/fetch-requester');
const { fetchSnapshot } = dist('fetch/fetch-snapshot');
const { RetryingRequester } = dist('fetch/retrying-requester');
const { textsReadSince } = dist('engine/text-window');
const AT = Date.parse('2026-11-19T17:30:00.000Z');

void (async () => {
  const started = Date.now();
  const site = new FetchRequester(process.argv[2] ?? '', 'b@a.c', 'x');
  let calls = 0;
  const counted = { request: (req) => ((calls += 1), site.request(req)) };
  const settings = parseSettings({});
  // As walkProject reads (src/app/walks/walk-service.ts): old comments keep no text.
  const { activity, ...snapshot } = await fetchSnapshot(new RetryingRequester(counted), {
    projectKey: 'BIG',
    slim: true,
    compact: true,
    textsSince: textsReadSince(settings, AT),
  });
  const { report } = walkWithStandup(parseSnapshot(snapshot), settings, AT, activity);
  console.log(
    JSON.stringify({
      issues: snapshot.issues.length,
      findings: report.findings.length,
      calls,
      seconds: (Date.now() - started) / 1000,
      peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
})();
