import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NudgeOutcome, Result, SentView, SettingsView, WalkRunView, ReadingView } from '../../src/app/contract';
import { DEMO_AT, DEMO_USERS } from '../../dev/demo/demo-snapshot';
import { generateConfluenceDemo } from '../../dev/demo/confluence-demo';
import { startLocalSite, type LocalSite } from '../../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../../dev/local-site/site-data';
import { ForgeHarness } from '../../dev/preview/forge-harness';

/**
 * Storage errors are never read as success or as "someone else has it", and what a store
 * refuses is answered with a clear code (issue 21: audit P2, P6, P9, P11).
 */
const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as SiteData;
const { tess, john, dana } = DEMO_USERS;
const PROJECT = {
  extension: { type: 'jira:projectPage', project: { key: 'FW', id: '10000' } },
  siteUrl: 'https://acme.atlassian.net',
};
let site: LocalSite;
let harness: ForgeHarness;

beforeEach(async () => {
  site = await startLocalSite(toSiteDataSet(DEMO), {
    admins: [tess.accountId],
    now: () => new Date(DEMO_AT),
    record: true,
    confluence: generateConfluenceDemo(),
  });
  harness = new ForgeHarness(site.url, () => new Date(DEMO_AT), undefined, { timeScale: 0.001, timeoutSeconds: 60000 });
  harness.install();
});

afterEach(async () => {
  await harness.settled();
  harness.uninstall();
  await site.close();
});

const invoke = async <T>(key: string, payload: unknown, as: string, context: object = PROJECT) =>
  (await harness.invoke(key, payload, context, as)) as Result<T>;

/** KVS answers the first `times` requests that `match` with a 500, as any service may. */
function failStorage(match: (path: string, body: unknown) => boolean, times = 1): () => number {
  const kvs = harness.runtime.kvs;
  const real = kvs.handle.bind(kvs);
  let injected = 0;
  kvs.handle = (path, body) => {
    if (injected < times && match(path, body)) {
      injected++;
      return { status: 500, json: { code: 'INTERNAL_SERVER_ERROR', message: 'transient' } };
    }
    return real(path, body);
  };
  return () => injected;
}

test("a storage error on a nudge's claim fails the nudge visibly, sends nothing, and the next Nudge sends", async () => {
  await harness.walkNow(PROJECT, tess.accountId);
  const injected = failStorage(
    (path, body) => path === '/api/v1/transaction' && JSON.stringify(body).includes('sent-item'),
  );
  const first = await invoke<NudgeOutcome[]>(
    'nudge',
    { accountId: john.accountId, code: 'focus-in/missing' },
    tess.accountId,
  );
  expect(injected()).toBe(1);
  expect(first).toMatchObject({ ok: true, data: [{ outcome: 'failed' }] });
  expect(site.outbox).toHaveLength(0);
  const sent = await invoke<SentView>('getSent', {}, tess.accountId);
  expect(sent.ok && sent.data.items).toEqual([]);
  const again = await invoke<NudgeOutcome[]>(
    'nudge',
    { accountId: john.accountId, code: 'focus-in/missing' },
    tess.accountId,
  );
  expect(again).toMatchObject({ ok: true, data: [{ outcome: 'sent' }] });
  expect(site.outbox).toHaveLength(1);
});

test('a storage error on the walk claim answers an error, not a joined walk', async () => {
  failStorage((path, body) => path === '/api/v1/transaction' && JSON.stringify(body).includes('walk-run'));
  const r = await invoke<WalkRunView>('startWalk', {}, tess.accountId);
  expect(r.ok).toBe(false);
  expect(harness.runtime.queue.log).toHaveLength(0);
  const retry = await invoke<WalkRunView>('startWalk', {}, tess.accountId);
  expect(retry).toMatchObject({ ok: true, data: { state: 'queued' } });
});

test('two admins saving at once: the second is told the settings changed since they were opened', async () => {
  const opened = await invoke<SettingsView>('getSettings', {}, tess.accountId);
  if (!opened.ok) throw new Error(opened.error.message);
  const revision = opened.data.revision;
  const first = await invoke<SettingsView>(
    'saveSettings',
    { settings: { worklogGraceDays: 2 }, revision },
    tess.accountId,
  );
  expect(first).toMatchObject({ ok: true, data: { revision: revision + 1 } });
  const second = await invoke<SettingsView>(
    'saveSettings',
    { settings: { timezone: 'Europe/Berlin' }, revision },
    tess.accountId,
  );
  expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  const now = await invoke<SettingsView>('getSettings', {}, tess.accountId);
  expect(now.ok && now.data.settings).toEqual({ worklogGraceDays: 2 });
});

test('oversized settings and payloads are refused naming the field, never echoed, never INTERNAL', async () => {
  const holidays = Array.from({ length: 30000 }, (_, i) =>
    new Date(Date.UTC(2000, 0, 1) + i * 86400000).toISOString().slice(0, 10),
  );
  const big = await invoke<SettingsView>('saveSettings', { settings: { holidays } }, tess.accountId);
  expect(big).toMatchObject({ ok: false, error: { code: 'BAD_SETTINGS', field: 'holidays' } });
  const bad = await invoke<SettingsView>('saveSettings', { settings: { holidays: ['2026-13-45'] } }, tess.accountId);
  expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_SETTINGS', field: 'holidays[0]' } });
  const key = `FW-${'9'.repeat(5039)}`;
  const escalate = await invoke('escalate', { issueKey: key }, tess.accountId);
  expect(escalate).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  expect(JSON.stringify(escalate)).not.toContain('9'.repeat(100));
});

test("one person's eight reading logs at once: each is logged or answered BUSY (retryable), none INTERNAL", async () => {
  const macro = { timezone: 'Europe/Berlin', extension: { type: 'macro', config: { targetMinutes: '60' } } };
  const results = await Promise.all(
    Array.from({ length: 8 }, () => invoke<ReadingView['today']>('logReading', { minutes: 5 }, dana.accountId, macro)),
  );
  for (const r of results) if (!r.ok) expect(r.error.code).toBe('BUSY');
  const logged = results.filter((r) => r.ok).length;
  expect(logged).toBeGreaterThan(0);
  const view = await invoke<ReadingView>('getReading', {}, dana.accountId, macro);
  expect(view.ok && view.data.today.minutes).toBe(5 * logged);
});

test("a member's Refresh right after a walk reuses it and says so; a TPM's walks again", async () => {
  await harness.walkNow(PROJECT, tess.accountId);
  const member = await invoke<WalkRunView>('startWalk', {}, john.accountId);
  expect(member).toMatchObject({ ok: true, data: { state: 'done', reused: true } });
  await harness.settled();
  expect(harness.runtime.queue.log).toHaveLength(1);
  const tpm = await invoke<WalkRunView>('startWalk', {}, tess.accountId);
  expect(tpm).toMatchObject({ ok: true, data: { state: 'queued' } });
  await harness.settled();
  expect(harness.runtime.queue.log).toHaveLength(2);
});
