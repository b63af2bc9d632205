import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NudgeOutcome, Result, SentRecord, SentView } from '../../src/app/contract';
import { DEMO_AT, DEMO_USERS } from '../../dev/demo/demo-snapshot';
import { adfProblem } from '../../dev/local-site/adf';
import type { Faults } from '../../dev/local-site/faults';
import { APP_USER } from '../../dev/local-site/routes/jira-add-comment';
import { startLocalSite, type LocalSite } from '../../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../../dev/local-site/site-data';
import { ForgeHarness } from '../../dev/preview/forge-harness';
import { SentStore } from '../../src/stores/sent-store';

/**
 * Nudges, the digest and escalations through the production wiring: the hourly trigger pushes
 * onto the walks' queue, the consumer walks and sends as the app; the local site records the
 * emails (notify) and the comments. Demo clock: Thu 19 Nov 2026 17:30 UTC, when John (London)
 * lacks today's Focus In and yesterday's Focus Out, worklogs (FW-105, FW-106) and reading hour.
 */
const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as SiteData;
const { tess, john, fowley, walter } = DEMO_USERS;
const PROJECT = {
  extension: { type: 'jira:projectPage', project: { key: 'FW', id: '10000' } },
  siteUrl: 'https://acme.atlassian.net',
};
const ALL_NUDGES = ['focus-in/missing', 'focus-out/missing', 'daily-worklog/missing', 'reading/short'];
const SETTINGS = {
  nudges: { checks: ALL_NUDGES },
  digest: { recipients: [tess.accountId], issueKey: 'FW-101', at: '09:00' },
  escalation: { level2: [fowley.accountId], level3: [fowley.accountId, walter.accountId], auto: true },
};

let site: LocalSite;
let harness: ForgeHarness;

async function start(settings: unknown = SETTINGS, faults?: Faults): Promise<void> {
  site = await startLocalSite(toSiteDataSet(DEMO), {
    admins: [tess.accountId],
    now: () => new Date(DEMO_AT),
    record: true,
  });
  harness = new ForgeHarness(site.url, () => new Date(DEMO_AT), undefined, {
    timeScale: 0.001,
    // Retries wait 30 ms instead of 30 s, but the consumer keeps a real minute: a busy machine must not
    // time out an hour's work and leave it running into the next test.
    timeoutSeconds: 60000,
  });
  harness.install();
  expect(await call('saveSettings', { settings })).toBeDefined();
  // Dana logs reading in the Confluence macro: the walk reads the reading log from then on.
  const macro = { extension: { type: 'macro', config: { spaces: 'ENG', targetMinutes: '60' } } };
  expect(await harness.invoke('logReading', { minutes: 60 }, macro, DEMO_USERS.dana.accountId)).toMatchObject({
    ok: true,
  });
  await call('getWalk'); // the page, opened once: the app learns the site's address for links
  if (faults) site.setFaults(faults);
}

async function invoke<T>(key: string, payload: unknown, as: string): Promise<Result<T>> {
  return (await harness.invoke(key, payload, PROJECT, as)) as Result<T>;
}

async function call<T>(key: string, payload: unknown = {}, as = tess.accountId): Promise<T> {
  const r = await invoke<T>(key, payload, as);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data;
}

/** Comments the app or a user added during the test (the demo's own are older). */
function newComments(): Array<{ issueKey: string; author: string; body: unknown }> {
  return site.exchanges
    .filter((e) => e.route?.operationId === 'addComment' && e.status === 201)
    .map((e) => ({
      issueKey: e.path.split('/')[5] ?? '',
      author: (e.json as { author: { accountId: string } }).author.accountId,
      body: (e.body as { body: unknown }).body,
    }));
}

const mentions = (doc: unknown): string[] => {
  const out: string[] = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; attrs?: { id?: string }; content?: unknown[] };
    if (n.type === 'mention' && n.attrs?.id) out.push(n.attrs.id);
    for (const child of n.content ?? []) visit(child);
  };
  visit(doc);
  return out;
};

describe('acting on the walk: nudges, digest, escalations', () => {
  afterEach(async () => {
    await harness.settled();
    harness.uninstall();
    await site.close();
  });

  test('two hourly triggers at once: each nudge, the digest and each escalation go out exactly once', async () => {
    await start();
    await Promise.all([harness.hourly(), harness.hourly()]);
    await harness.settled();
    const nudges = site.outbox.filter((m) => m.to.includes(john.accountId));
    expect(nudges.map((m) => m.subject).sort()).toEqual([
      'Focus Walk: no work logged on 2026-11-18',
      'Focus Walk: your Focus In for 2026-11-19 is missing',
      'Focus Walk: your Focus Out for 2026-11-18 is missing',
      'Focus Walk: your reading hour of 2026-11-18',
    ]);
    expect(nudges.every((m) => m.by === null && m.to.length === 1)).toBe(true); // as the app, to John alone
    expect(nudges.find((m) => m.subject.includes('work logged'))?.textBody).toContain('FW-105, FW-106');
    expect(nudges.find((m) => m.subject.includes('Focus In'))?.textBody).toContain(
      'https://acme.atlassian.net/browse/FW-105',
    );
    const digests = site.outbox.filter((m) => m.subject.startsWith('Focus Walk digest'));
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({ issueKey: 'FW-101', to: [tess.accountId] });
    expect(digests[0]?.textBody).toMatch(/Level-3 escalations \(1\):\n {2}FW-137/);
    expect(digests[0]?.textBody).toContain('Nudged today (8)');
    expect(digests[0]?.textBody).toMatch(/John Doggett: Focus Walk: your Focus In for 2026-11-19 is missing/);
    // Auto-escalation: the level-2 and level-3 blockers, as the app, mentioning the level's people.
    const comments = newComments();
    expect(comments.map((c) => [c.issueKey, c.author, mentions(c.body)]).sort()).toEqual([
      ['FW-136', APP_USER.accountId, [fowley.accountId]],
      ['FW-137', APP_USER.accountId, [fowley.accountId, walter.accountId]],
    ]);
    for (const c of comments) expect(adfProblem(c.body)).toBeNull();
    // Everyone else who read less than the hour yesterday (Dana read hers) got that one nudge.
    const others = site.outbox.filter((m) => !m.to.includes(john.accountId) && !m.subject.includes('digest'));
    expect(others.length).toBe(4);
    expect(others.every((m) => m.subject === 'Focus Walk: your reading hour of 2026-11-18')).toBe(true);
    expect(new Set(site.outbox.map((m) => `${m.to.join()}|${m.subject}`)).size).toBe(site.outbox.length);
    // An hour later, the same findings: nothing is sent again.
    const sent = site.outbox.length;
    await harness.hourly();
    await harness.settled();
    expect(site.outbox).toHaveLength(sent);
    expect(newComments()).toHaveLength(2);
    const log = await call<SentView>('getSent');
    expect(log.items.filter((i) => i.kind === 'nudge')).toHaveLength(sent - 1);
    expect(
      log.items
        .filter((i) => i.kind !== 'nudge')
        .map((i) => i.kind)
        .sort(),
    ).toEqual(['digest', 'escalation', 'escalation']);
    expect(log.items.every((i) => i.by === null)).toBe(true);
  });

  test('retries never send twice: every write answered 502 after it landed', async () => {
    await start({ nudges: { checks: ALL_NUDGES } }, { statusAfterWrite: 502 });
    await harness.hourly();
    await harness.settled();
    // The first attempt failed (each email "may have landed"); the queue retried the hour.
    expect(harness.runtime.queue.log.filter((e) => e.outcome === 'retry').length).toBeGreaterThan(0);
    const sent = site.outbox.map((m) => `${m.to.join()}|${m.subject}`);
    expect(sent).toHaveLength(8); // John's four, and four members' reading hour
    expect(new Set(sent).size).toBe(sent.length);
    const log = await call<SentView>('getSent');
    expect(log.items.filter((i) => !i.what.includes('lost while sending'))).toEqual([]);
  });

  test('a refused email is sent again by the retry (nothing went out)', async () => {
    await start({ nudges: { checks: ['focus-in/missing'] } }, { failFirstWrites: { count: 1, status: 400 } });
    await harness.hourly();
    await harness.settled();
    expect(site.outbox.map((m) => m.subject)).toEqual(['Focus Walk: your Focus In for 2026-11-19 is missing']);
  });

  test('no nudge on a holiday, nor a digest; escalations still go out', async () => {
    await start({ ...SETTINGS, holidays: ['2026-11-19'] });
    await harness.hourly();
    await harness.settled();
    expect(site.outbox).toEqual([]);
    expect(newComments()).toHaveLength(2);
  });

  test("a TPM's Nudge and Escalate: sent now, as the TPM, recorded by name; others may not", async () => {
    await start({ escalation: { level2: [fowley.accountId] } });
    await harness.walkNow(PROJECT, tess.accountId);
    const outcomes = await call<NudgeOutcome[]>('nudge', { accountId: john.accountId, code: 'focus-in/missing' });
    expect(outcomes).toEqual([{ code: 'focus-in/missing', outcome: 'sent' }]);
    expect(await call<NudgeOutcome[]>('nudge', { accountId: john.accountId, code: 'focus-in/missing' })).toEqual([
      { code: 'focus-in/missing', outcome: 'already' },
    ]);
    expect(site.outbox).toHaveLength(1);
    expect(site.outbox[0]?.by).toBe(tess.accountId);
    const outsider = await call<NudgeOutcome[]>('nudge', { accountId: fowley.accountId });
    expect(outsider[0]?.outcome).toBe('not-due');
    const denied = await invoke('nudge', { accountId: john.accountId }, john.accountId);
    expect(denied).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const record = await call<SentRecord>('escalate', { issueKey: 'FW-136' });
    expect(record).toMatchObject({
      kind: 'escalation',
      level: 2,
      issueKey: 'FW-136',
      by: { accountId: tess.accountId },
    });
    expect(record.to.map((p) => p.displayName)).toEqual(['Diana Fowley']);
    const [comment] = newComments();
    expect(comment).toMatchObject({ issueKey: 'FW-136', author: tess.accountId });
    expect(mentions(comment?.body)).toEqual([fowley.accountId]);
    expect(JSON.stringify(comment?.body)).toMatch(
      /Escalation level 2.*FW-136 has been blocked by OPS-12 for 3 working days\./,
    );
    // Level 3 has nobody named yet: the TPM is told where to name them.
    expect(await invoke('escalate', { issueKey: 'FW-137' }, tess.accountId)).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', field: 'escalation.level3' },
    });
    const log = await call<SentView>('getSent');
    expect(log.items.map((i) => [i.kind, i.by?.displayName])).toEqual([
      ['escalation', 'Tess Ortega'],
      ['nudge', 'Tess Ortega'],
    ]);
  });

  test('the log keeps 90 days: the daily trigger deletes older ones', async () => {
    await start({ nudges: { checks: ['focus-in/missing'] } });
    const store = new SentStore();
    const row = (day: string) => ({
      id: day,
      kind: 'nudge',
      day,
      at: `${day}T09:00:00Z`,
      by: null,
      to: [],
      issueKey: null,
      what: day,
    });
    for (const day of ['2026-08-21', '2026-08-22', '2026-11-18'])
      expect(await store.claim('FW', `old|${day}`, day, row(day))).toBe(true);
    await harness.dailyWalk();
    await harness.settled();
    expect((await store.list<{ what: string }>('FW', '0000-00-00', '9999-12-31')).map((r) => r.value.day)).toEqual([
      '2026-08-22',
      '2026-11-18',
    ]);
    expect((await call<SentView>('getSent')).items.map((i) => i.day)).toEqual(['2026-11-18', '2026-08-22']);
  });
});
