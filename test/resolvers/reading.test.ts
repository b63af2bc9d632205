import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FindingsPage, Result, ReadingView, TeamReadingView, WalkView } from '../../src/app/contract';
import { generateConfluenceDemo } from '../../dev/demo/confluence-demo';
import { DEMO_AT, DEMO_USERS } from '../../dev/demo/demo-snapshot';
import { startLocalSite, type LocalSite } from '../../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../../dev/local-site/site-data';
import { ForgeHarness } from '../../dev/preview/forge-harness';

const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as SiteData;
const DANA = DEMO_USERS.dana.accountId;
const FOX = DEMO_USERS.fox.accountId;
const macro = (
  config: Record<string, string> = { spaces: 'ENG,TEAM', daysBack: '7', targetMinutes: '60' },
  timezone = 'Europe/Berlin',
) => ({ timezone, extension: { type: 'macro', config } });

let site: LocalSite;
let harness: ForgeHarness;
let now: Date;

beforeEach(async () => {
  now = new Date(DEMO_AT);
  site = await startLocalSite(toSiteDataSet(DEMO), {
    now: () => now,
    confluence: generateConfluenceDemo(),
    admins: [DEMO_USERS.tess.accountId],
  });
  harness = new ForgeHarness(site.url, () => now);
  harness.install();
});
afterEach(async () => {
  harness.uninstall();
  await site.close();
});

const call = <T>(key: string, payload: unknown, context: object, accountId: string | null) =>
  harness.invoke(key, payload, context, accountId) as Promise<Result<T>>;
function data<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data;
}

describe('the reading tracker resolvers', () => {
  test('the reading list: updates of the followed spaces, newest first, with authors and links', async () => {
    const view = data(await call<ReadingView>('getReading', {}, macro(), DANA));
    expect(view.spaces).toEqual(['ENG', 'TEAM']);
    expect(view.items.length).toBeGreaterThan(5);
    expect(view.items.map((i) => i.updatedAt)).toEqual([...view.items.map((i) => i.updatedAt)].sort().reverse());
    expect(view.items.every((i) => i.author !== 'Unknown' && i.url.startsWith('/wiki/spaces/'))).toBe(true);
    expect(view.today).toEqual({ date: '2026-11-19', minutes: 0, target: 60 });
  });

  test('mark read, log 15 minutes: progress 15/60, kept for the reader', async () => {
    const first = data(await call<ReadingView>('getReading', {}, macro(), DANA));
    const item = first.items[0];
    data(await call('markRead', { pageId: item?.id, read: true }, macro(), DANA));
    expect(
      data(await call<ReadingView['today']>('logReading', { minutes: 15, pageIds: [item?.id] }, macro(), DANA)),
    ).toEqual({ date: '2026-11-19', minutes: 15, target: 60 });
    const again = data(await call<ReadingView>('getReading', {}, macro(), DANA));
    expect(again.today.minutes).toBe(15);
    expect(again.items.find((i) => i.id === item?.id)?.read).toBe(true);
  });

  test("another user's entries can be neither read nor written", async () => {
    data(await call('logReading', { minutes: 30, accountId: FOX }, macro(), DANA)); // a foreign accountId is dropped
    expect(data(await call<ReadingView>('getReading', {}, macro(), FOX)).today.minutes).toBe(0);
    expect(data(await call<ReadingView>('getReading', {}, macro(), DANA)).today.minutes).toBe(30);
    const marked = data(await call<ReadingView>('getReading', {}, macro(), DANA)).items[0];
    data(await call('markRead', { pageId: marked?.id, read: true }, macro(), DANA));
    expect(
      data(await call<ReadingView>('getReading', {}, macro(), FOX)).items.find((i) => i.id === marked?.id)?.read,
    ).toBe(false);
    expect((await call('logReading', { minutes: 5 }, macro(), null)).ok).toBe(false);
  });

  test.each([0, 601, 2.5, -3])('minutes must be whole, 1..600 per entry: %p is refused', async (minutes) => {
    const r = await call('logReading', { minutes }, macro(), DANA);
    expect(r.ok ? null : [r.error.code, r.error.field]).toEqual(['BAD_REQUEST', 'minutes']);
  });

  test('a day holds at most 24 hours', async () => {
    for (let i = 0; i < 2; i++) data(await call('logReading', { minutes: 600 }, macro(), DANA));
    const over = await call('logReading', { minutes: 241 }, macro(), DANA);
    expect(over.ok ? null : over.error.message).toMatch(/at most 24 hours/);
    expect((await call('logReading', { minutes: 240 }, macro(), DANA)).ok).toBe(true);
  });

  test('a bad space key in the config gives a clear message, not an empty list', async () => {
    const missing = await call<ReadingView>('getReading', {}, macro({ spaces: 'ENG,NOPE' }), DANA);
    expect(missing.ok ? null : missing.error.message).toMatch(/Space NOPE was not found/);
    const malformed = await call<ReadingView>('getReading', {}, macro({ spaces: 'ENG,no pe!' }), DANA);
    expect(malformed.ok ? null : malformed.error.message).toMatch(/not a Confluence space key/);
    const target = await call<ReadingView>('getReading', {}, macro({ spaces: 'ENG', targetMinutes: 'lots' }), DANA);
    expect(target.ok ? null : target.error.message).toMatch(/targetMinutes/);
  });

  test("the team view: minutes per person per day, who reached the target yesterday, and this week's days", async () => {
    data(await call('logReading', { minutes: 15 }, macro(), DANA));
    now = new Date('2026-11-20T12:00:00.000Z');
    data(await call('logReading', { minutes: 20 }, macro(), FOX));
    // The TPM of the macro's project sees each person's minutes.
    const forTpm = macro({ spaces: 'ENG,TEAM', targetMinutes: '60', project: 'FW' });
    const team = data(await call<TeamReadingView>('getTeamReading', {}, forTpm, DEMO_USERS.tess.accountId));
    expect(team.days.at(-1)).toBe('2026-11-20');
    expect(team.everyone).toBe(true);
    expect(team.people.map((p) => [p.displayName, p.minutes.slice(-2)])).toEqual([
      ['Dana Scully', [15, 0]],
      ['Fox Mulder', [0, 20]],
    ]);
    expect(team.people.every((p) => !p.yesterdayOnTarget)).toBe(true);
    // A member sees the team's totals and their own row, no colleague's minutes.
    const mine = data(await call<TeamReadingView>('getTeamReading', {}, forTpm, DANA));
    expect(mine.everyone).toBe(false);
    expect(mine.people.map((p) => p.displayName)).toEqual(['Dana Scully']);
    expect(mine.team).toMatchObject({ readers: 2 });
    expect(mine.team.minutes.slice(-2)).toEqual([15, 20]);
  });

  test('the Jira walk reads the same log: the member shows the minutes; the reading check runs', async () => {
    data(await call('logReading', { minutes: 15 }, macro(), DANA));
    const view = data(
      (await harness.walkNow({ extension: { project: { key: 'FW' } } }, DEMO_USERS.tess.accountId)) as Result<WalkView>,
    );
    expect(view.report?.members.find((m) => m.accountId === DANA)?.reading).toEqual({ today: 15, previous: 0 });
    expect(view.report?.skipped.map((s) => s.check)).not.toContain('reading');
    const page = { extension: { project: { key: 'FW' } } };
    const reading = data(
      await call<FindingsPage>('getFindings', { check: 'reading' }, page, DEMO_USERS.tess.accountId),
    );
    expect(reading.rows.some((f) => f.check === 'reading' && f.accountId === DANA && f.day === '2026-11-18')).toBe(
      true,
    );
    // The Team tab's cell for it comes with the page, from the walk as stored.
    expect(view.memberWorst[DANA]?.reading).toBeDefined();
  });

  test('without any reading logged, the walk skips the reading check rather than flag everyone', async () => {
    const view = data(
      (await harness.walkNow({ extension: { project: { key: 'FW' } } }, DEMO_USERS.tess.accountId)) as Result<WalkView>,
    );
    expect(view.report?.skipped.map((s) => s.check)).toContain('reading');
  });
});

describe("the reading streak counts the team's working days", () => {
  /** Logs an hour on each of the given days (Berlin), moving the clock there and back. */
  async function readOn(days: string[]): Promise<void> {
    const today = now;
    for (const day of days) {
      now = new Date(`${day}T12:00:00Z`);
      data(await call('logReading', { minutes: 60 }, macro(), DANA));
    }
    now = today;
  }
  const streak = async (config: Record<string, string>) =>
    data(await call<ReadingView>('getReading', {}, macro({ spaces: 'ENG', targetMinutes: '60', ...config }), DANA))
      .streak;

  test('Monday to Friday by default: the weekend neither counts nor breaks it', async () => {
    // Thu 19 Nov: yesterday Wed 18, Tue 17, Mon 16, (weekend), Fri 13 read; Thu 12 not.
    await readOn(['2026-11-13', '2026-11-16', '2026-11-17', '2026-11-18']);
    expect(await streak({})).toBe(4);
  });

  const project = { extension: { type: 'jira:projectPage', project: { key: 'FW', id: '10000' } } };
  const save = async (settings: unknown) =>
    expect(await call('saveSettings', { settings }, project, DEMO_USERS.tess.accountId)).toMatchObject({ ok: true });

  test("the project's holiday is not a gap (macro parameter project=FW)", async () => {
    await readOn(['2026-11-13', '2026-11-17', '2026-11-18']); // Mon 16 not read
    expect(await streak({})).toBe(2);
    await save({ holidays: ['2026-11-16'] });
    expect(await streak({ project: 'FW' })).toBe(3);
  });

  test('a team that works on Saturdays must read on Saturday too', async () => {
    await readOn(['2026-11-13', '2026-11-16', '2026-11-17', '2026-11-18']);
    await save({ workingDays: [1, 2, 3, 4, 5, 6] });
    expect(await streak({ project: 'FW' })).toBe(3);
    expect(await streak({})).toBe(4);
  });

  test('a bad project key is named', async () => {
    const r = await call<ReadingView>('getReading', {}, macro({ spaces: 'ENG', project: 'not a key!' }), DANA);
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(!r.ok && r.error.message).toContain('"not a key!" is not a Jira project key');
  });
});
