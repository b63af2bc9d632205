import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FindingsPage, Result, SentRecord, WalkRunView } from '../../src/app/contract';
import { allFindings } from '../support/findings';
import { DEMO_AT, DEMO_USERS } from '../../dev/demo/demo-snapshot';
import { startLocalSite, type LocalSite } from '../../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../../dev/local-site/site-data';
import { ForgeHarness } from '../../dev/preview/forge-harness';
import { KvsStore } from '../../src/stores/kvs-store';
import { AppStores } from '../../src/app/records/app-stores';
import { SentStore } from '../../src/stores/sent-store';
import { keys } from '../../src/stores/storage-keys';
import { sendOnce } from '../../src/app/sending/sent-log';
import { ApiError } from '../../src/fetch/requester';
import { MIN_WRITE_MS, RetryingRequester } from '../../src/fetch/retrying-requester';

/**
 * One walk per project whoever asks, retention that never holds up the day's walks, sends that
 * never left releasing their claim, and escalations posted once per confirmation (issue 21:
 * audit P4, P5, P10 and the Escalate findings).
 */
const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as SiteData;
const { tess, fowley } = DEMO_USERS;
const PROJECT = {
  extension: { type: 'jira:projectPage', project: { key: 'FW', id: '10000' } },
  siteUrl: 'https://acme.atlassian.net',
};
let site: LocalSite;
let harness: ForgeHarness;

async function start(settings: unknown): Promise<void> {
  site = await startLocalSite(toSiteDataSet(DEMO), {
    admins: [tess.accountId],
    now: () => new Date(DEMO_AT),
    record: true,
  });
  harness = new ForgeHarness(site.url, () => new Date(DEMO_AT), undefined, { timeScale: 0.001, timeoutSeconds: 60000 });
  harness.install();
  expect(await harness.invoke('saveSettings', { settings }, PROJECT, tess.accountId)).toMatchObject({ ok: true });
}

afterEach(async () => {
  await harness.settled();
  harness.uninstall();
  await site.close();
});

const walks = () => site.counts.getConfiguration ?? 0; // one board configuration read per walk
const invoke = async <T>(key: string, payload: unknown) =>
  (await harness.invoke(key, payload, PROJECT, tess.accountId)) as Result<T>;

test('a Refresh and the hourly event at once give one walk', async () => {
  await start({ nudges: { checks: ['focus-in/missing'] } });
  expect(await invoke<WalkRunView>('startWalk', {})).toMatchObject({ ok: true, data: { state: 'queued' } });
  await harness.hourly(); // the stored walk is missing: the hour needs a fresh one
  await harness.settled();
  expect(walks()).toBe(1);
  const kinds = harness.runtime.queue.log.map((l) => String((l.body as { kind?: string }).kind ?? 'walk'));
  expect(kinds).toContain('hourly');
  expect(kinds.filter((k) => k === 'walk')).toHaveLength(1);
});

test('the daily trigger pushes the walks first; retention runs in the consumer and deletes by the day', async () => {
  await start({ history: { retentionDays: 7 } });
  const old = '2026-10-01';
  const kv = new KvsStore();
  await harness.runtime.as(null, async () => {
    await kv.set(keys.historyDay('FW', old), {
      layout: 2,
      date: old,
      at: `${old}T09:00:00Z`,
      score: 50,
      errors: 0,
      warnings: 0,
      info: 0,
      byCheck: {},
      members: [],
      walkId: 'aaaa',
      parts: 1,
    });
    await kv.set(keys.walkMeta('FW', old, 'aaaa'), { layout: 2 });
    await kv.set(keys.walkPart('FW', old, 'aaaa', 0), []);
    // A lost race's walk: no summary names it.
    await kv.set(keys.walkMeta('FW', old, 'bbbb'), { layout: 2 });
    await kv.set(keys.walkPart('FW', old, 'bbbb', 0), []);
  });
  const deletes = () => harness.runtime.kvs.calls['/api/v1/delete'] ?? 0;
  const before = deletes();
  await harness.dailyWalk();
  expect(deletes()).toBe(before); // the trigger itself only pushes
  await harness.settled();
  expect(walks()).toBe(1);
  expect(harness.runtime.kvs.keys().filter((k) => k.includes(old))).toEqual([]);
});

test('a send that never left (out of time before it was sent) releases its claim', async () => {
  await start({});
  // The requester will not start a write with less than MIN_WRITE_MS left of its budget.
  let sent = 0;
  const api = new RetryingRequester(
    { request: () => Promise.resolve((sent++, { status: 204, headers: {}, json: null })) },
    {
      maxAttempts: 3,
      baseDelayMs: 1,
      maxDelayMs: 1,
      maxRetryAfterMs: 1000,
      timeoutMs: 1000,
      budgetMs: MIN_WRITE_MS - 1,
    },
  );
  const refusal = await api
    .request({ product: 'jira', method: 'POST', path: '/rest/api/3/issue/FW-1/notify', purpose: 'notify', body: {} })
    .then(
      () => new Error('sent'),
      (e: unknown) => e as Error,
    );
  expect(sent).toBe(0);
  expect(refusal).toBeInstanceOf(ApiError);
  expect((refusal as ApiError).mayHaveLanded).toBe(false);
  await harness.runtime.as(null, async () => {
    const deps = { sent: new SentStore(), kv: new KvsStore(), now: () => new Date(DEMO_AT) };
    const record = { kind: 'nudge' as const, day: '2026-11-19', by: null, to: [], issueKey: 'FW-1', what: 'x' };
    await expect(sendOnce(deps, 'FW', 'nudge|x', record, () => Promise.reject(refusal))).rejects.toBe(refusal);
    const again = await sendOnce(deps, 'FW', 'nudge|x', record, () => Promise.resolve());
    expect(again.outcome).toBe('sent');
    // One that may have landed keeps its claim: at most once.
    await expect(
      sendOnce(deps, 'FW', 'nudge|y', record, () =>
        Promise.reject(new ApiError({ method: 'POST', path: '/x', purpose: 'x' }, 502, '')),
      ),
    ).rejects.toBeInstanceOf(ApiError);
    expect((await sendOnce(deps, 'FW', 'nudge|y', record, () => Promise.resolve())).outcome).toBe('already');
  });
});

test('Escalate: a double submit posts one comment; an escalated level answers "already"; mentions carry names', async () => {
  await start({ escalation: { level2: [fowley.accountId] } });
  await harness.walkNow(PROJECT, tess.accountId);
  const comments = () => site.exchanges.filter((e) => e.route?.operationId === 'addComment' && e.status === 201);
  const first = await invoke<SentRecord & { outcome: string }>('escalate', { issueKey: 'FW-136' });
  expect(first).toMatchObject({ ok: true, data: { outcome: 'sent', to: [{ displayName: 'Diana Fowley' }] } });
  expect(JSON.stringify(comments()[0]?.body)).toContain('"text":"@Diana Fowley"');
  const plain = await invoke<SentRecord & { outcome: string }>('escalate', { issueKey: 'FW-136' });
  expect(plain).toMatchObject({ ok: true, data: { outcome: 'already', by: { displayName: 'Tess Ortega' } } });
  expect(comments()).toHaveLength(1);
  const token = 'confirm-4711-abcd';
  const twice = await Promise.all([
    invoke<SentRecord & { outcome: string }>('escalate', { issueKey: 'FW-136', again: token }),
    invoke<SentRecord & { outcome: string }>('escalate', { issueKey: 'FW-136', again: token }),
  ]);
  expect(twice.map((r) => r.ok && r.data.outcome).sort()).toEqual(['already', 'sent']);
  expect(comments()).toHaveLength(2);
  // The app's own comments never become findings: the next walk finds what the last one did.
  const findings = () => allFindings((q) => invoke<FindingsPage>('getFindings', q));
  const before = await findings();
  await harness.walkNow(PROJECT, tess.accountId);
  const after = await findings();
  expect(after.length).toBe(before.length);
  expect(after.some((f) => f.check === 'open-question')).toBe(true); // the check ran and finds questions elsewhere
  expect(after.filter((f) => f.check === 'open-question' && f.issueKey === 'FW-136')).toEqual([]);
});

test('two walks of one day saved at once leave one walk stored: the summary names it, no parts of the other', async () => {
  await start({});
  await harness.walkNow(PROJECT, tess.accountId);
  const kv = new KvsStore();
  await harness.runtime.as(null, async () => {
    const stores = new AppStores(kv);
    const day = await stores.getDay('FW', '2026-11-19');
    if (!day) throw new Error('no walk stored');
    await Promise.all([
      stores.saveDay('FW', '2026-11-19', { ...day.report, score: 50 }, day.people),
      stores.saveDay('FW', '2026-11-19', { ...day.report, score: 60 }, day.people),
    ]);
    const summary = await stores.getDaySummary('FW', '2026-11-19');
    const walkKeys = harness.runtime.kvs.keys().filter((k) => k.startsWith('walk:FW:2026-11-19:'));
    expect(walkKeys.length).toBeGreaterThan(0);
    expect(walkKeys.every((k) => k.startsWith(`walk:FW:2026-11-19:${summary?.walkId ?? '?'}:`))).toBe(true);
    expect((await stores.getDay('FW', '2026-11-19'))?.report.score).toBe(summary?.score);
  });
});
