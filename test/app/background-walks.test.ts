import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { queueDailyWalks, type BackgroundDeps } from '../../src/app/walks/background-walks';
import type { Result, WalkRunView, WalkView } from '../../src/app/contract';
import { DEMO_AT, DEMO_USERS } from '../../dev/demo/demo-snapshot';
import { kvs } from '@forge/kvs';
import { ForgeRuntime } from '../../dev/forge-stand-in/forge-runtime';
import { QueueService } from '../../dev/forge-stand-in/queue-service';
import { startLocalSite, type LocalSite } from '../../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../../dev/local-site/site-data';
import { ForgeHarness } from '../../dev/preview/forge-harness';
import { backgroundDeps } from '../../src/resolvers/deps';
import { forgeDeps } from '../../src/wiring';

const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as SiteData;
const TESS = DEMO_USERS.tess.accountId;
const PROJECT = { extension: { type: 'jira:projectPage', project: { key: 'FW', id: '10000' } } };

let site: LocalSite;
let harness: ForgeHarness;

/**
 * Queue delays at 1/1000 of real time: a retry after 30 s comes after 30 ms. The consumer keeps a
 * real minute unless a test sets its limit: a busy machine must not kill a walk no test meant to kill.
 */
async function start(queue: { timeoutSeconds?: number; onTimeout?: () => void } = {}): Promise<void> {
  site = await startLocalSite(toSiteDataSet(DEMO), { admins: [TESS], now: () => new Date(DEMO_AT) });
  harness = new ForgeHarness(site.url, () => new Date(DEMO_AT), undefined, {
    timeScale: 0.001,
    timeoutSeconds: 60000,
    ...queue,
  });
  harness.install();
}

async function call<T>(key: string, payload: unknown = {}): Promise<T> {
  const r = (await harness.invoke(key, payload, PROJECT, TESS)) as Result<T>;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data;
}

describe('walks in the background, on the queue', () => {
  afterEach(async () => {
    await harness.settled();
    harness.uninstall();
    await site.close();
  });

  test('a second Refresh joins the running walk: one walk, one event', async () => {
    await start();
    const [a, b] = await Promise.all([call<WalkRunView>('startWalk'), call<WalkRunView>('startWalk')]);
    expect(b.walkId).toBe(a.walkId);
    await harness.settled();
    expect(harness.runtime.queue.log).toHaveLength(1);
    expect((await call<WalkRunView>('getWalkRun'))?.state).toBe('done');
  });

  test('the page reads the stored walk at once, with its age, and walks nothing itself', async () => {
    await start();
    expect((await call<WalkView>('getWalk')).report).toBeNull();
    await call('startWalk');
    await harness.settled();
    site.resetCounts();
    const view = await call<WalkView>('getWalk');
    expect(view.report?.score).toBe(83);
    expect(view.ageMinutes).toBe(0);
    expect(view.run?.state).toBe('done');
    // The viewer's visibility (the project's issues, and the other team's blocker OPS-12 by one
    // bulk fetch) and whether they may act (Nudge, Escalate, ticks): nothing else.
    expect(site.counts).toEqual({ searchAndReconsileIssuesUsingJqlPost: 1, bulkFetchIssues: 1, getMyPermissions: 1 });
  });

  test('progress: issues read of the total, while the walk runs', async () => {
    await start();
    site.setFaults({ latencyMs: 150 });
    await call('startWalk');
    let seen: WalkRunView | null = null;
    for (let i = 0; i < 100 && !(seen?.state === 'running' && seen.total !== null); i++) {
      await new Promise((r) => setTimeout(r, 50));
      seen = await call<WalkRunView | null>('getWalkRun');
    }
    expect(seen).toMatchObject({ state: 'running', attempt: 1 });
    expect(seen?.total).toBeGreaterThan(0);
    expect(seen?.read).toBeLessThanOrEqual(seen?.total ?? 0);
    await harness.settled();
    const done = await call<WalkRunView>('getWalkRun');
    expect(done).toMatchObject({ state: 'done', read: seen?.total, total: seen?.total });
  });

  test('a walk that keeps failing is retried 3 times, then shown as failed; the last good walk stays', async () => {
    await start();
    await call('startWalk');
    await harness.settled();
    site.setFaults({ htmlLoginPage: true }); // every attempt fails at once
    await call('startWalk');
    await harness.settled();
    expect(harness.runtime.queue.log.slice(1).map((l) => [l.retryCount, l.outcome])).toEqual([
      [0, 'retry'],
      [1, 'retry'],
      [2, 'retry'],
      [3, 'done'], // the consumer recorded the failure itself and asked for no more
    ]);
    site.setFaults(undefined);
    const view = await call<WalkView>('getWalk');
    expect(view.run).toMatchObject({ state: 'failed', attempt: 4 });
    expect(view.run?.error).toMatch(/not JSON/);
    expect(view.report?.score).toBe(83); // the last good walk
  }, 60000);

  test('a walk killed halfway (its function timed out) is completed by the next run', async () => {
    let killed = 0;
    // 4 s at this time scale: the first attempt's first call alone takes 8 s, so it is killed
    // whatever the machine's speed. The site recovers at the kill, before the queue's retry starts.
    await start({
      timeoutSeconds: 4000,
      onTimeout: () => {
        killed++;
        site.setFaults(undefined);
      },
    });
    site.setFaults({ latencyMs: 8000 });
    const run = await call<WalkRunView>('startWalk');
    await harness.settled();
    expect(killed).toBe(1);
    expect(harness.runtime.queue.log.map((l) => l.outcome)).toEqual(['timeout', 'done']);
    const view = await call<WalkView>('getWalk');
    expect(view.run).toMatchObject({ walkId: run.walkId, state: 'done', attempt: 2 });
    expect(view.report?.score).toBe(83);
  }, 30000);

  test('a walk whose last attempt the platform killed reads as failed once its time is up', async () => {
    await start({ timeoutSeconds: 100 }); // 0.1 s at this time scale: every attempt is killed
    site.setFaults({ latencyMs: 300 });
    await call('startWalk');
    await harness.settled();
    expect(harness.runtime.queue.log.map((l) => l.outcome)).toEqual(['timeout', 'timeout', 'timeout', 'timeout']);
    const later = new ForgeHarness(site.url, () => new Date(Date.parse(DEMO_AT) + 17 * 60000)); // past the run's 16 minutes
    const r = (await later.invoke('getWalkRun', {}, PROJECT, TESS)) as Result<WalkRunView>;
    expect(r.ok && r.data).toMatchObject({ state: 'failed', error: expect.stringMatching(/did not finish/) });
    site.setFaults(undefined);
  }, 30000);

  test('the daily trigger pushes one event per project, at most 50 a push, once per day', async () => {
    await start();
    const pushes: number[] = [];
    const deps: BackgroundDeps = {
      ...backgroundDeps(forgeDeps(() => new Date(DEMO_AT))),
      queue: { push: (events) => Promise.resolve(void pushes.push(events.length)) },
    };
    const projects = Array.from({ length: 60 }, (_, i) => ({ project: `P${i}`, day: '2026-11-19' }));
    expect(await queueDailyWalks(deps, projects)).toBe(60);
    expect(pushes).toEqual([50, 10]);
    expect(await queueDailyWalks(deps, projects)).toBe(0); // the same day's walks are running: joined, not pushed again
  });
});

describe('the Forge stand-in kills as Forge does', () => {
  test('a consumer past its limit is retried, and its later calls never land', async () => {
    const runtime = new ForgeRuntime({
      siteUrl: 'http://127.0.0.1:9',
      queue: { timeScale: 0.001, timeoutSeconds: 50 },
    });
    runtime.install();
    try {
      runtime.consume('q', async (event: { retryContext?: unknown }) => {
        if (event.retryContext) return kvs.set('second', 'landed');
        await new Promise((r) => setTimeout(r, 200)); // past the 50 ms limit
        await kvs.set('first', 'landed'); // a dead process writes nothing
      });
      expect(runtime.queue.push({ queueName: 'q', payload: [{ body: {} }] }).status).toBe(201);
      await runtime.queue.idle();
      await new Promise((r) => setTimeout(r, 300)); // the killed attempt has tried its write
      expect(runtime.queue.log.map((l) => l.outcome)).toEqual(['timeout', 'done']);
      expect(await kvs.get('second')).toBe('landed');
      expect(await kvs.get('first')).toBeUndefined();
    } finally {
      runtime.uninstall();
    }
  });
});

describe('the queue stand-in answers with Forge limits', () => {
  const queue = new QueueService();
  queue.consume('q', () => Promise.resolve(undefined));
  test.each([
    ['51 events', 400, Array.from({ length: 51 }, () => ({ body: {} }))],
    ['205 KB', 413, [{ body: { x: 'y'.repeat(205 * 1024) } }]],
    ['a delay of 901 s', 400, [{ body: {}, delayInSeconds: 901 }]],
    ['one event', 201, [{ body: {} }]],
  ])('a push of %s answers %i', (_name, status, payload) => {
    expect(queue.push({ queueName: 'q', payload }).status).toBe(status);
  });
});
