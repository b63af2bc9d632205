import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  LoggedWork,
  Result,
  WalkView,
  SettingsView,
  ChecklistEntry,
  IssueFindingsView,
  FindingsPage,
} from '../../src/app/contract';
import { allFindings } from '../support/findings';
import { DEMO_AT, DEMO_USERS } from '../../dev/demo/demo-snapshot';
import { keyPart } from '../../src/stores/storage-keys';
import { ForgeHarness } from '../../dev/preview/forge-harness';
import { startLocalSite, type LocalSite } from '../../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../../dev/local-site/site-data';

const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as SiteData;
const TESS = DEMO_USERS.tess.accountId; // the TPM, a project admin
const JOHN = DEMO_USERS.john.accountId;
const PROJECT = {
  extension: { type: 'jira:projectPage', project: { key: 'FW', id: '10000' } },
  siteUrl: 'https://focus-walk-demo.atlassian.net',
};
const ISSUE = (key: string) => ({
  extension: { type: 'jira:issueContext', project: { key: 'FW', id: '10000' }, issue: { key, id: '1' } },
});

let site: LocalSite;
let admins: string[] = [];
let harness: ForgeHarness;

beforeEach(async () => {
  admins = [TESS];
  site = await startLocalSite(toSiteDataSet(DEMO), { admins, now: () => new Date(DEMO_AT) });
  harness = new ForgeHarness(site.url, () => new Date(DEMO_AT));
  harness.install();
});
afterEach(async () => {
  harness.uninstall();
  await site.close();
});

const call = <T>(key: string, payload: unknown, context: object, accountId: string | null = TESS) =>
  harness.invoke(key, payload, context, accountId) as Promise<Result<T>>;

const walked = (context: object, accountId: string | null = TESS) =>
  harness.walkNow(context, accountId) as Promise<Result<WalkView>>;

function data<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data;
}

describe('resolvers, through @forge/api against the local site', () => {
  test("getWalk: today's walk of the project in the context, read as the user", async () => {
    const view = data(await walked(PROJECT));
    expect(view.report?.project.key).toBe('FW');
    expect(view.report?.members).toHaveLength(6);
    expect(view.day).toBe('2026-11-19');
    expect(view.checklist.find((i) => i.id === 'epic-links')).toMatchObject({ auto: false, ticked: false });
    expect(view.checklist.find((i) => i.id === 'workload-balance')?.period).toBe('2026-W47');
    expect(view.history.map((h) => h.date)).toEqual(['2026-11-19']);
    // Every Jira call went out as the user.
    expect(site.total()).toBeGreaterThan(0);
  });

  test('getWalk for a past day comes from history; a day without a walk has only its checklist', async () => {
    data(await walked(PROJECT));
    const past = data(await call<WalkView>('getWalk', { day: '2026-11-19' }, PROJECT));
    expect(past.fromHistory).toBe(true);
    // A day without a walk: no report, but its checklist (hand ticks only) for the Checklist tab.
    const none = data(await call<WalkView>('getWalk', { day: '2026-11-02' }, PROJECT));
    expect(none.report).toBeNull();
    expect(none.day).toBe('2026-11-02');
    expect(none.checklist.length).toBeGreaterThan(20);
    expect(none.checklist.every((i) => !i.ticked)).toBe(true);
  });

  test.each([
    ['getWalk', { day: 'yesterday' }, 'day'],
    ['tick', { itemId: '', ticked: true }, 'itemId'],
    ['tick', { itemId: 'epic-links', ticked: 'yes' }, 'ticked'],
    ['postFocusComment', { kind: 'sideways', text: 'x' }, 'kind'],
    ['postFocusComment', { kind: 'in', text: '   ' }, 'text'],
  ])('%s rejects a bad payload %p, naming %s', async (key, payload, field) => {
    const result = await call<unknown>(key, payload, key === 'postFocusComment' ? ISSUE('FW-105') : PROJECT);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('BAD_REQUEST');
      expect(result.error.field).toBe(field);
    }
  });

  test('a payload carrying another account id is ignored: the tick is recorded for the caller', async () => {
    data(await walked(PROJECT));
    const list = data(
      await call<ChecklistEntry[]>('tick', { itemId: 'touch-base', ticked: true, accountId: JOHN }, PROJECT, TESS),
    );
    expect(list.find((i) => i.id === 'touch-base')?.by?.accountId).toBe(TESS);
    const ticks = harness.runtime.kvs.keys().filter((k) => k.startsWith('tick:'));
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.every((k) => k.endsWith(keyPart(TESS)))).toBe(true);
  });

  test('without a signed-in user, nothing is ticked', async () => {
    const result = await call<ChecklistEntry[]>('tick', { itemId: 'touch-base', ticked: true }, PROJECT, null);
    expect(result.ok).toBe(false);
  });

  test('saveSettings: refused for a non-admin, bad settings answered with the field, good ones saved', async () => {
    const refused = await call<SettingsView>('saveSettings', { settings: { worklogGraceDays: 2 } }, PROJECT, JOHN);
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
    const bad = await call<SettingsView>('saveSettings', { settings: { focusInPattern: '(' } }, PROJECT, TESS);
    expect(bad.ok ? null : [bad.error.code, bad.error.field]).toEqual(['BAD_SETTINGS', 'focusInPattern']);
    const saved = data(
      await call<SettingsView>(
        'saveSettings',
        { settings: { profile: 'octoacme', worklogGraceDays: 2 } },
        PROJECT,
        TESS,
      ),
    );
    expect(saved.effective.focusStatuses).toEqual(['In Progress', 'QA']);
    const read = data(await call<SettingsView>('getSettings', {}, PROJECT, JOHN));
    expect(read.settings).toEqual({ profile: 'octoacme', worklogGraceDays: 2 });
    expect(read.canEdit).toBe(false);
  });

  test('100 ticks at once, by 100 people: every one recorded', async () => {
    data(await walked(PROJECT));
    const items = ['touch-base', 'openlens-health', 'ci-cd', 'slack-engagement'];
    const people = Array.from({ length: 100 }, (_, i) => `712020:tick-${i}`);
    admins.push(...people); // the TPM checklist is ticked by TPMs and administrators
    const served = toSiteDataSet(DEMO);
    site.setData({
      ...served,
      users: [
        ...(served.users ?? []),
        ...people.map((accountId, i) => ({
          accountId,
          displayName: `Ticker ${i}`,
          accountType: 'atlassian',
          active: true,
          timeZone: 'UTC',
        })),
      ],
    });
    const results = await Promise.all(
      people.map((p, i) =>
        call<ChecklistEntry[]>('tick', { itemId: items[i % items.length], ticked: true }, PROJECT, p),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const stored = harness.runtime.kvs.values() as Record<string, { accountId: string }>;
    const ticks = Object.entries(stored).filter(([k]) => k.startsWith('tick:'));
    expect(ticks).toHaveLength(100);
    expect(new Set(ticks.map(([, v]) => v.accountId)).size).toBe(100);
  });

  test("getIssueFindings: the findings of the issue in the context and its assignee's day", async () => {
    data(await walked(PROJECT));
    const view = data(await call<IssueFindingsView>('getIssueFindings', {}, ISSUE('FW-105'), JOHN));
    // Jira's Development field knows FW-105's branch and commit only by count: no branch-name finding here.
    expect(view.findings.map((f) => `${f.check}/${f.code}`)).toEqual(['daily-worklog/missing']);
    expect(view.assignee?.accountId).toBe(JOHN);
    expect(view.memberFindings.map((f) => `${f.check}/${f.code}/${f.day}`)).toContain('focus-in/missing/2026-11-19');
  });

  test("postFocusComment posts as the user; the member's focus-in finding for today is gone on the next walk", async () => {
    data(await walked(PROJECT));
    const before = data(await call<IssueFindingsView>('getIssueFindings', {}, ISSUE('FW-105'), JOHN));
    expect(
      before.memberFindings.some((f) => f.check === 'focus-in' && f.code === 'missing' && f.day === '2026-11-19'),
    ).toBe(true);
    const posted = data(
      await call<{ commentId: string }>(
        'postFocusComment',
        { kind: 'in', text: 'token refresh\nBlockers: none' },
        ISSUE('FW-105'),
        JOHN,
      ),
    );
    expect(posted.commentId).toMatch(/\d+/);
    data(await walked(PROJECT)); // the next walk
    const after = data(await call<IssueFindingsView>('getIssueFindings', {}, ISSUE('FW-105'), JOHN));
    expect(
      after.memberFindings.some((f) => f.check === 'focus-in' && f.code === 'missing' && f.day === '2026-11-19'),
    ).toBe(false);
  });

  test('a resolver on a module without a project in its context answers BAD_REQUEST', async () => {
    const result = await call<WalkView>('getWalk', {}, { extension: { type: 'jira:issueContext' } });
    expect(result.ok ? null : result.error.code).toBe('BAD_REQUEST');
  });
});

describe('the TPM checklist and the controls are the TPMs', () => {
  test('a member reads the checklist but cannot tick it; the page tells a member apart from a TPM', async () => {
    data(await walked(PROJECT));
    const refused = await call<ChecklistEntry[]>('tick', { itemId: 'touch-base', ticked: true }, PROJECT, JOHN);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const member = data(await call<WalkView>('getWalk', {}, PROJECT, JOHN));
    expect(member.canAct).toBe(false);
    expect(member.checklist.find((i) => i.id === 'touch-base')?.ticked).toBe(false);
    const tpm = data(await call<WalkView>('getWalk', {}, PROJECT, TESS));
    expect(tpm.canAct).toBe(true);
    // The Workload tab's bar for the open work nobody holds (not in any member's load).
    expect(tpm.unassigned?.issues).toBeGreaterThan(0);
    expect(tpm.unassigned?.points).toBeGreaterThanOrEqual(tpm.unassigned?.issues ?? 0);
  });
});

describe('the issue panel logs work in place', () => {
  test('a worklog posted as the user (validated by the OpenAPI-checked endpoint), with the day total after', async () => {
    const context = { ...ISSUE('FW-105'), timezone: 'Europe/London' };
    const logged = data(
      await call<LoggedWork>(
        'logWork',
        { timeSpent: '1h 30m', started: '2026-11-19T09:00', comment: 'pairing' },
        context,
        JOHN,
      ),
    );
    expect(logged.day).toBe('2026-11-19');
    expect(logged.dayMinutes).toBeGreaterThanOrEqual(90);
    const again = data(
      await call<LoggedWork>('logWork', { timeSpent: '15m', started: '2026-11-19T14:00' }, context, JOHN),
    );
    expect(again.dayMinutes).toBe(logged.dayMinutes + 15);
    for (const [payload, field] of [
      [{ timeSpent: 'an hour', started: '2026-11-19T09:00' }, 'timeSpent'],
      [{ timeSpent: '25h', started: '2026-11-19T09:00' }, 'timeSpent'],
      [{ timeSpent: '1h', started: '19/11/2026' }, 'started'],
    ] as const) {
      const r = await call<LoggedWork>('logWork', payload, context, JOHN);
      expect(r).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', field } });
    }
  });
});

describe('what members see of each other', () => {
  test('privacy.membersSee own: a member sees their row, their findings and the unassigned; a TPM sees the team', async () => {
    data(await call('saveSettings', { settings: { privacy: { membersSee: 'own' } } }, PROJECT, TESS));
    data(await walked(PROJECT));
    const member = data(await call<WalkView>('getWalk', {}, PROJECT, JOHN));
    expect(member.report?.members.map((m) => m.accountId)).toEqual([JOHN]);
    expect(member.report?.findings.every((f) => f.accountId === null || f.accountId === JOHN)).toBe(true);
    const rows = await allFindings((q) => call<FindingsPage>('getFindings', q, PROJECT, JOHN));
    expect(rows.every((f) => f.accountId === null || f.accountId === JOHN)).toBe(true);
    expect(rows.some((f) => f.accountId === JOHN)).toBe(true);
    expect(Object.keys(member.readingNow)).toEqual([JOHN]);
    const tpm = data(await call<WalkView>('getWalk', {}, PROJECT, TESS));
    expect(tpm.report?.members.length).toBeGreaterThan(1);
    // By default members see the team.
    data(await call('saveSettings', { settings: {} }, PROJECT, TESS));
    expect(data(await call<WalkView>('getWalk', {}, PROJECT, JOHN)).report?.members.length).toBeGreaterThan(1);
  });
});

describe('the settings form hears every problem at once, in plain words', () => {
  test('three bad fields, three problems; a person who is no Jira user is named', async () => {
    const r = await call<SettingsView>(
      'saveSettings',
      { settings: { pr: { maxLines: 0 }, holidays: ['2026-13-45'], digest: { recipients: ['tess'] } } },
      PROJECT,
      TESS,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('BAD_SETTINGS');
    expect(r.error.problems?.map((p) => p.field).sort()).toEqual(['holidays[0]', 'pr.maxLines']);
    expect(r.error.problems?.find((p) => p.field === 'pr.maxLines')?.message).toBe('at least 1');
    expect(JSON.stringify(r.error)).not.toMatch(/Too small|expected number to be/);
    const people = await call<SettingsView>(
      'saveSettings',
      { settings: { digest: { recipients: ['tess'] } } },
      PROJECT,
      TESS,
    );
    expect(people).toMatchObject({ ok: false, error: { code: 'BAD_SETTINGS', field: 'digest.recipients[0]' } });
  });
});
