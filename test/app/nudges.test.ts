import { dueNudges } from '../../src/app/sending/nudges';
import { judge } from '../../src/app/checklist/checklist';
import type { Finding } from '../../src/engine/finding';
import type { MemberSummary, Report } from '../../src/engine/report';
import { parseSettings } from '../../src/settings/schema';

/** A report of the members given (id = zone's city) and their findings: what the nudge planner reads. */
function report(
  members: Array<[string, string]>,
  findings: Array<Partial<Finding> & Pick<Finding, 'check' | 'code' | 'accountId' | 'day'>>,
): Report {
  const member = ([accountId, timeZone]: [string, string]): MemberSummary => ({
    accountId,
    displayName: accountId,
    timeZone,
    today: '',
    prevWorkingDay: null,
    activeIssues: [`FW-${accountId.length}`],
    load: 0,
    openIssues: 1,
    reading: null,
    status: 'red',
    counts: { error: 1, warning: 0, info: 0 },
  });
  return {
    at: '2026-11-02T00:00:00Z',
    project: { id: '1', key: 'FW', name: null },
    sprint: null,
    score: 0,
    members: members.map(member),
    findings: findings.map((f) => ({
      severity: 'error',
      issueKey: null,
      message: '',
      data: {},
      ...f,
      subject: f.subject ?? null,
    })),
    skipped: [],
  };
}

const ALL = { nudges: { checks: ['focus-in/missing', 'focus-out/missing', 'daily-worklog/missing', 'reading/short'] } };
const due = (r: Report, at: string, settings: unknown = ALL) =>
  dueNudges(r, parseSettings(settings), new Date(at)).map((n) => `${n.accountId} ${n.code} ${n.day}`);

describe('nudges: who is due, in their own time zone', () => {
  // Los Angeles leaves daylight time on Sun 1 Nov 2026 (UTC-7 -> UTC-8); Berlin on Sun 25 Oct (UTC+2 -> UTC+1).
  const la = report(
    [['la', 'America/Los_Angeles']],
    [
      { check: 'focus-in', code: 'missing', accountId: 'la', day: '2026-10-30' },
      { check: 'focus-in', code: 'missing', accountId: 'la', day: '2026-11-02' },
    ],
  );

  test.each([
    ['Fri 30 Oct, 09:59 PDT (16:59Z): Focus In not due yet', '2026-10-30T16:59:00Z', []],
    ['Fri 30 Oct, 10:00 PDT (17:00Z): due', '2026-10-30T17:00:00Z', ['la focus-in/missing 2026-10-30']],
    ['Mon 2 Nov, 09:30 PST (17:30Z, the same UTC hour as 10:30 PDT): not due', '2026-11-02T17:30:00Z', []],
    ['Mon 2 Nov, 10:05 PST (18:05Z): due', '2026-11-02T18:05:00Z', ['la focus-in/missing 2026-11-02']],
  ])('Los Angeles across the end of daylight time: %s', (_name, at, expected) => {
    expect(due(la, at)).toEqual(expected);
  });

  const berlin = report(
    [['berlin', 'Europe/Berlin']],
    [
      { check: 'focus-out', code: 'missing', accountId: 'berlin', day: '2026-10-22' },
      { check: 'focus-out', code: 'missing', accountId: 'berlin', day: '2026-10-23' },
      { check: 'daily-worklog', code: 'missing', accountId: 'berlin', day: '2026-10-23', issueKey: 'FW-7' },
      { check: 'daily-worklog', code: 'missing', accountId: 'berlin', day: '2026-10-23', issueKey: 'FW-3' },
    ],
  );

  test.each([
    ['Fri 23 Oct, 08:59 CEST (06:59Z): the morning has not come', '2026-10-23T06:59:00Z', []],
    [
      "Fri 23 Oct, 09:00 CEST (07:00Z): Thursday's Focus Out",
      '2026-10-23T07:00:00Z',
      ['berlin focus-out/missing 2026-10-22'],
    ],
    ['Sat 24 Oct, 10:00: not a working day', '2026-10-24T08:00:00Z', []],
    ['Mon 26 Oct, 08:30 CET (07:30Z, 09:30 a week before): not yet', '2026-10-26T07:30:00Z', []],
    [
      "Mon 26 Oct, 09:00 CET (08:00Z): Friday's Focus Out and worklog, one worklog nudge for two issues",
      '2026-10-26T08:00:00Z',
      ['berlin daily-worklog/missing 2026-10-23', 'berlin focus-out/missing 2026-10-23'],
    ],
  ])('Berlin across the end of summer time: %s', (_name, at, expected) => {
    expect(due(berlin, at)).toEqual(expected);
  });

  test('the worklog nudge is about the first issue and names every issue', () => {
    const n = dueNudges(berlin, parseSettings(ALL), new Date('2026-10-26T08:00:00Z')).find(
      (x) => x.code === 'daily-worklog/missing',
    );
    expect(n?.issueKey).toBe('FW-3');
    expect(n?.issueKeys).toEqual(['FW-3', 'FW-7']);
    expect(n?.text).toContain('FW-3, FW-7');
  });

  test('several zones at one instant: each member by their own clock', () => {
    const r = report(
      [
        ['tokyo', 'Asia/Tokyo'],
        ['london', 'Europe/London'],
        ['ny', 'America/New_York'],
      ],
      [
        { check: 'focus-in', code: 'missing', accountId: 'tokyo', day: '2026-11-03' },
        { check: 'focus-in', code: 'missing', accountId: 'london', day: '2026-11-02' },
        { check: 'reading', code: 'short', accountId: 'ny', day: '2026-10-30' },
      ],
    );
    // 01:30Z on Tue 3 Nov: 10:30 in Tokyo (due), 01:30 in London (Mon's Focus In is still Monday's: today is Tuesday now), 20:30 Mon in New York (morning long past).
    expect(due(r, '2026-11-03T01:30:00Z')).toEqual([
      'tokyo focus-in/missing 2026-11-03',
      'ny reading/short 2026-10-30',
    ]);
  });

  test('none on a holiday, none on a day that is not a working day for the team', () => {
    expect(due(la, '2026-11-02T18:05:00Z', { ...ALL, holidays: ['2026-11-02'] })).toEqual([]);
    expect(due(la, '2026-11-02T18:05:00Z', { ...ALL, workingDays: [2, 3, 4, 5, 6] })).toEqual([]);
  });

  test('none to anyone outside the team, none for a code not opted in', () => {
    const r = report(
      [['la', 'America/Los_Angeles']],
      [{ check: 'focus-in', code: 'missing', accountId: 'contractor', day: '2026-11-02' }],
    );
    expect(due(r, '2026-11-02T18:05:00Z')).toEqual([]);
    expect(due(la, '2026-11-02T18:05:00Z', { nudges: { checks: ['focus-out/missing'] } })).toEqual([]);
    expect(due(la, '2026-11-02T18:05:00Z', {})).toEqual([]); // opt-in: none by default
  });

  test("a TPM's Nudge skips the hour, not the rules", () => {
    const early = new Date('2026-11-02T17:30:00Z');
    const settings = parseSettings({});
    expect(dueNudges(la, settings, early, { window: false, only: { accountId: 'la' } }).map((n) => n.code)).toEqual([
      'focus-in/missing',
    ]);
    expect(
      dueNudges(la, parseSettings({ holidays: ['2026-11-02'] }), early, { window: false, only: { accountId: 'la' } }),
    ).toEqual([]);
  });
});

describe('the honest checklist', () => {
  const settings = parseSettings({});
  const item = settings.checklist.find((i) => i.id === 'focus-comments')!;
  const release = settings.checklist.find((i) => i.id === 'release-call')!;
  const walk = (
    findings: Array<Pick<Finding, 'check'> & Partial<Finding>>,
    skipped: Report['skipped'] = [],
  ): Report => ({
    ...report([], []),
    findings: findings.map((f) => ({
      code: 'x',
      severity: 'warning',
      issueKey: null,
      accountId: null,
      day: null,
      message: '',
      data: {},
      ...f,
      subject: f.subject ?? null,
    })),
    skipped,
  });

  test('the Focus In/Out item names focus-in, focus-out and open-question, and is ticked only when none has a finding', () => {
    expect(item.checks).toEqual(['focus-in', 'focus-out', 'open-question']);
    expect(judge(settings, walk([]), item)).toEqual({ auto: true, failing: [], unjudged: [] });
    expect(judge(settings, walk([{ check: 'open-question' }]), item)).toEqual({
      auto: false,
      failing: ['open-question'],
      unjudged: [],
    });
    expect(judge(settings, walk([{ check: 'focus-out' }]), item).auto).toBe(false);
  });

  test('a skipped or disabled check cannot vouch: not ticked, named as unjudged', () => {
    expect(judge(settings, walk([], [{ check: 'focus-out', reason: 'no changelogs' }]), item)).toEqual({
      auto: false,
      failing: [],
      unjudged: ['focus-out'],
    });
    expect(judge(parseSettings({ checks: { 'open-question': false } }), walk([]), item).unjudged).toEqual([
      'open-question',
    ]);
  });

  test('the release items need the release check clean and no open level-3 blocker', () => {
    expect(release.checks).toEqual(['release']);
    expect(judge(settings, walk([]), release).auto).toBe(true);
    expect(judge(settings, walk([{ check: 'blocked', data: { level: 2 } }]), release).auto).toBe(true);
    expect(judge(settings, walk([{ check: 'blocked', data: { level: 3 } }]), release)).toEqual({
      auto: false,
      failing: ['blocked'],
      unjudged: [],
    });
  });

  test('no walk, nothing ticked by it; a hand item is never ticked by the walk', () => {
    expect(judge(settings, null, item).auto).toBe(false);
    expect(
      judge(
        settings,
        walk([]),
        settings.checklist.find((i) => !i.checks)!,
      ).auto,
    ).toBe(false);
  });

  test('settings saved with the former single `check` still read', () => {
    const legacy = parseSettings({ checklist: [{ id: 'a', title: 'A', cadence: 'daily', check: 'labels' }] });
    expect(legacy.checklist[0]?.checks).toEqual(['labels']);
  });
});
