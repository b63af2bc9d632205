import {
  assigneeChange,
  findingsOf,
  generateIssue,
  generateSnapshot,
  generateUser,
  generateWorklog,
  history,
  issueId,
  run,
  statusChange,
} from '../support/factories';

// Thursday 19 Nov 2026; the previous working day is Wednesday 18 Nov.
const AT = '2026-11-19T12:00:00.000+0000';
const users = [
  generateUser({ accountId: 'dana', timeZone: 'Europe/Berlin' }),
  generateUser({ accountId: 'fox', timeZone: 'America/Los_Angeles' }),
];

function worklogFindings(opts: {
  worklogs?: object[];
  histories?: object[];
  created?: string;
  at?: string;
  settings?: object;
  assignee?: string;
  status?: string;
}) {
  const issues = [
    generateIssue({
      key: 'FW-1',
      assignee: opts.assignee ?? 'dana',
      status: opts.status ?? 'Implement',
      created: opts.created ?? '2026-11-02T09:00:00.000+0000',
      worklogs: (opts.worklogs ?? []) as never,
    }),
  ];
  const changelogs = [{ issueId: issueId('FW-1'), changeHistories: opts.histories ?? [] }];
  const report = run(
    generateSnapshot({ issues, users: users, changelogs: changelogs }),
    opts.settings ?? {},
    opts.at ?? AT,
  );
  return report.findings
    .filter((f) => f.check === 'daily-worklog')
    .map((f) => ({
      code: f.code,
      issueKey: f.issueKey,
      accountId: f.accountId,
      day: f.day,
      severity: f.severity,
      daysOverdue: f.data.daysOverdue,
    }));
}

const log = (started: string, author = 'dana') => generateWorklog({ author, started });
const missing = (daysOverdue: number, severity: string, day = '2026-11-18', accountId = 'dana') => ({
  code: 'missing',
  issueKey: 'FW-1',
  accountId,
  day,
  severity,
  daysOverdue,
});

describe('daily-worklog', () => {
  test('work logged on the previous working day', () => {
    expect(
      worklogFindings({ worklogs: [log('2026-11-18T15:00:00.000+0100'), log('2026-11-17T15:00:00.000+0100')] }),
    ).toEqual([]);
  });

  test('one day without a worklog: a warning', () => {
    expect(worklogFindings({ worklogs: [log('2026-11-17T15:00:00.000+0100')] })).toEqual([missing(1, 'warning')]);
  });

  test('days overdue count back over working days, up to ten', () => {
    // Nothing logged since creation on Mon 2 Nov: Wed 18 back to Mon 2 = 13 working days, capped at 10.
    expect(worklogFindings({})).toEqual([missing(10, 'error')]);
    // Logged on Fri 13 Nov: Mon 16, Tue 17, Wed 18 are overdue.
    expect(worklogFindings({ worklogs: [log('2026-11-13T10:00:00.000+0100')] })).toEqual([missing(3, 'error')]);
  });

  test("another person's worklog does not count", () => {
    expect(
      worklogFindings({ worklogs: [log('2026-11-18T15:00:00.000+0100', 'fox'), log('2026-11-17T15:00:00.000+0100')] }),
    ).toEqual([missing(1, 'warning')]);
  });

  test('worklogGraceDays holds back the first days', () => {
    expect(
      worklogFindings({ worklogs: [log('2026-11-17T15:00:00.000+0100')], settings: { worklogGraceDays: 2 } }),
    ).toEqual([]);
    expect(
      worklogFindings({ worklogs: [log('2026-11-16T15:00:00.000+0100')], settings: { worklogGraceDays: 2 } }),
    ).toEqual([missing(2, 'error')]);
  });

  test('an issue moved into a focus status in the middle of the previous day was its focus', () => {
    const histories = [history('2026-11-18T14:00:00.000+0100', [statusChange('To Do', 'Implement')])];
    expect(worklogFindings({ histories })).toEqual([missing(1, 'warning')]);
  });

  test('an issue moved into a focus status today was not the focus yesterday', () => {
    const histories = [history('2026-11-19T09:00:00.000+0100', [statusChange('To Do', 'Implement')])];
    expect(worklogFindings({ histories })).toEqual([]);
  });

  test('a reassigned issue: only the days it was assigned to the member count', () => {
    // Fox had it until Tue 17 Nov 16:00; Dana since then. Dana logged nothing on Wed 18.
    const histories = [history('2026-11-17T16:00:00.000+0100', [assigneeChange('fox', 'dana')])];
    expect(worklogFindings({ histories, worklogs: [log('2026-11-17T17:00:00.000+0100')] })).toEqual([
      missing(1, 'warning'),
    ]);
    // Without Dana's worklog on Tue 17, Tue counts too (she held it that afternoon), Mon 16 does not.
    expect(worklogFindings({ histories })).toEqual([missing(2, 'error')]);
  });

  test('an issue created today did not exist on the previous working day', () => {
    expect(worklogFindings({ created: '2026-11-19T08:00:00.000+0100' })).toEqual([]);
  });

  test('a weekend and a holiday: Monday looks back to Thursday', () => {
    const at = '2026-11-23T12:00:00.000+0000';
    expect(
      worklogFindings({ at, settings: { holidays: ['2026-11-20'] }, worklogs: [log('2026-11-19T10:00:00.000+0100')] }),
    ).toEqual([]);
    expect(
      worklogFindings({ at, settings: { holidays: ['2026-11-20'] }, worklogs: [log('2026-11-18T10:00:00.000+0100')] }),
    ).toEqual([missing(1, 'warning', '2026-11-19')]);
  });

  test('local days: a UTC-8 member logging at 23:00 local has logged that day', () => {
    // Fox logs at Wed 18 Nov 23:00 PST = Thu 07:00Z. at = Thu 11:00 PST.
    const found = worklogFindings({
      assignee: 'fox',
      at: '2026-11-19T19:00:00.000Z',
      worklogs: [log('2026-11-19T07:00:00.000+0000', 'fox'), log('2026-11-17T12:00:00.000-0800', 'fox')],
    });
    expect(found).toEqual([]);
  });

  test('a DST change: the 25-hour day is covered whole', () => {
    // Europe/Berlin leaves DST on Sun 25 Oct 2026; with Sunday a working day, Monday 26 looks at Sunday 25.
    // Moved into Implement at 23:30 local on Sunday (22:30Z): still Sunday in Berlin.
    const histories = [history('2026-10-25T22:30:00.000+0000', [statusChange('To Do', 'Implement')])];
    const settings = { workingDays: [1, 2, 3, 4, 5, 6, 7] };
    expect(
      worklogFindings({
        at: '2026-10-26T12:00:00.000+0000',
        settings,
        created: '2026-10-20T09:00:00.000+0000',
        histories,
      }),
    ).toEqual([missing(1, 'warning', '2026-10-25')]);
  });

  test('only active issues: an issue in review is not checked', () => {
    expect(worklogFindings({ status: 'Review' })).toEqual([]);
  });

  test('without changelogs the check is skipped, not guessed', () => {
    const issues = [generateIssue({ key: 'FW-1', assignee: 'dana' })];
    const report = run(generateSnapshot({ issues, users: users, changelogs: null }));
    expect(findingsOf(report, 'daily-worklog')).toEqual([]);
    expect(report.skipped.map((s) => s.check)).toContain('daily-worklog');
  });

  // The walk keeps each local day's range per zone and day (WalkContext.dayRange): 23:30 UTC on
  // 18 Nov is already the 19th in Berlin, still the 18th in Los Angeles.
  test("each member's day is their own zone's, for members of different zones asking the same day", () => {
    const moved = [history('2026-11-18T23:30:00.000+0000', [statusChange('To Do', 'Implement')])];
    const issues = [
      generateIssue({ key: 'FW-1', assignee: 'dana', status: 'Implement', created: '2026-11-02T09:00:00.000+0000' }),
      generateIssue({ key: 'FW-2', assignee: 'fox', status: 'Implement', created: '2026-11-02T09:00:00.000+0000' }),
    ];
    const changelogs = ['FW-1', 'FW-2'].map((key) => ({ issueId: issueId(key), changeHistories: moved }));
    const report = run(generateSnapshot({ issues, users, changelogs }), {}, AT);
    expect(findingsOf(report, 'daily-worklog')).toEqual([
      { code: 'missing', issueKey: 'FW-2', accountId: 'fox', day: '2026-11-18' },
    ]);
  });
});
