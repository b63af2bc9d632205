/**
 * Storage benchmark (issues 9, 26): the daily walk of a 50,000-issue board through the production
 * wiring in the Forge runtime stand-in (Forge's limits enforced): the largest value it stores
 * against Forge's 240 KiB, and the KVS calls of a Trend load over 365 stored days.
 */
import { performance } from 'node:perf_hooks';
import { AppStores, summarize } from '../src/app/records/app-stores';
import { generateLargeSprint } from '../dev/demo/large-sprint';
import { withLargeDelivery } from '../dev/demo/large-delivery';
import { KVS_LIMITS } from '../dev/forge-stand-in/kvs-limits';
import { startLocalSite } from '../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../dev/local-site/site-data';
import { ForgeHarness } from '../dev/preview/forge-harness';
import { KvsStore } from '../src/stores/kvs-store';

export async function benchStorage(): Promise<void> {
  console.log('\nStorage (Forge KVS stand-in, production wiring)');
  // With checks-delivery.md's parts: 10 versions over every issue, and a next sprint of 200 tickets.
  const sprint = withLargeDelivery(
    generateLargeSprint({
      issues: 50000,
      commentsPerIssue: 5,
      worklogsPerIssue: 3,
      members: 30,
      seed: 9,
    }) as unknown as SiteData,
    { versions: 10, upcoming: 200 },
  );
  const site = await startLocalSite(toSiteDataSet(sprint));
  const harness = new ForgeHarness(site.url, () => new Date('2026-11-19T17:30:00.000Z'));
  harness.install();
  try {
    const stores = new AppStores(new KvsStore());
    await stores.saveSettings('BIG', {});
    const t0 = performance.now();
    await harness.dailyWalk(); // queues the walk; the queue's consumer runs it
    await harness.settled();
    const walkMs = performance.now() - t0;
    const summary = await stores.getDaySummary('BIG', '2026-11-19');
    const kvs = harness.runtime.kvs;
    const largest = kvs.largestValue;
    console.log(
      `  daily walk of 50,000 issues: ${(walkMs / 1000).toFixed(1)} s; ${(summary?.errors ?? 0) + (summary?.warnings ?? 0) + (summary?.info ?? 0)} findings in ${summary?.parts ?? 0} parts`,
    );
    console.log(
      `  largest stored value: ${(largest.bytes / 1024).toFixed(1)} KiB (${largest.key.split(':').slice(0, 1).join('')}${largest.key.includes(':part:') ? ' part' : ''}); Forge's limit ${KVS_LIMITS.valueBytes / 1024} KiB; ratio ${(largest.bytes / KVS_LIMITS.valueBytes).toFixed(2)}`,
    );

    const progress = await stores.getSprintReport('BIG');
    if (!progress) throw new Error('the sprint report was not stored');
    console.log(
      `  sprint report (the Sprint tab): ${(Buffer.byteLength(JSON.stringify(progress)) / 1024).toFixed(1)} KiB, ${progress.burndown?.changes.length ?? 0} scope changes, ${progress.epics.length} epics`,
    );
    const releases = progress.releases ?? [];
    console.log(
      `  releases: ${releases.length} versions, ${releases.reduce((n, r) => n + r.issues.length, 0)} issues listed of ${releases.reduce((n, r) => n + r.issueCount, 0)}, ${(Buffer.byteLength(JSON.stringify(releases)) / 1024).toFixed(1)} KiB; next sprint ${progress.nextSprint?.checked ?? 0} tickets, ${progress.nextSprint?.share ?? '-'}% ready, ${(Buffer.byteLength(JSON.stringify(progress.nextSprint ?? null)) / 1024).toFixed(1)} KiB`,
    );

    // A year of days: summaries as the daily walk writes them.
    const report = (await stores.getDay('BIG', '2026-11-19'))?.report;
    if (!report) throw new Error('the day was not stored');
    const kv = new KvsStore();
    for (let d = 0; d < 365; d++) {
      const date = new Date(Date.UTC(2025, 10, 20 + d)).toISOString().slice(0, 10);
      await kv.set(`history:YEAR:${date}`, summarize(date, report, 'w', 0));
    }
    const before = { ...kvs.calls };
    const t1 = performance.now();
    const trend = await stores.trend('YEAR', 365);
    const trendMs = performance.now() - t1;
    const used = Object.entries(kvs.calls)
      .map(([path, n]) => [path, n - (before[path] ?? 0)] as const)
      .filter(([, n]) => n > 0);
    const summaryBytes = Buffer.byteLength(JSON.stringify(summarize('2026-11-19', report, 'w', 0)));
    console.log(
      `  Trend over ${trend.length} days: ${used.map(([p, n]) => `${n} × ${p}`).join(', ')}; ${trendMs.toFixed(0)} ms; a day's summary ${(summaryBytes / 1024).toFixed(1)} KiB`,
    );
  } finally {
    harness.uninstall();
    await site.close();
  }
}
