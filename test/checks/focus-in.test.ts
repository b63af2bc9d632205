import {
  adf,
  findingsOf,
  generateComment,
  generateIssue,
  generateSnapshot,
  generateUser,
  generateWorklog,
  run,
} from '../support/factories';

// Thursday 19 Nov 2026, 12:00 UTC.
const AT = '2026-11-19T12:00:00.000+0000';
const dana = generateUser({ accountId: 'dana', timeZone: 'Europe/Berlin' });
const fox = generateUser({ accountId: 'fox', timeZone: 'America/Los_Angeles' });

function walkFocusIn(opts: {
  comments?: object[];
  worklogs?: object[];
  users?: object[];
  at?: string;
  settings?: object;
  status?: string;
  assignee?: string;
}) {
  const issues = [
    generateIssue({
      key: 'FW-1',
      assignee: opts.assignee ?? 'dana',
      status: opts.status ?? 'Implement',
      comments: (opts.comments ?? []) as never,
      worklogs: (opts.worklogs ?? []) as never,
    }),
  ];
  return findingsOf(
    run(generateSnapshot({ issues, users: (opts.users ?? [dana, fox]) as never }), opts.settings ?? {}, opts.at ?? AT),
    'focus-in',
  );
}

const focusIn = (author: string, created: string, text = 'Focus In: plan for today') =>
  generateComment({ author, created, text });

describe('focus-in', () => {
  test('Focus In on the previous working day and today: nothing to report', () => {
    expect(
      walkFocusIn({
        comments: [focusIn('dana', '2026-11-18T08:00:00.000+0100'), focusIn('dana', '2026-11-19T08:30:00.000+0100')],
      }),
    ).toEqual([]);
  });

  test('missing on both checked days', () => {
    expect(walkFocusIn({})).toEqual([
      { code: 'missing', issueKey: null, accountId: 'dana', day: '2026-11-18' },
      { code: 'missing', issueKey: null, accountId: 'dana', day: '2026-11-19' },
    ]);
  });

  test('today is not due before focusInDueBy (local time)', () => {
    // 08:59 in Berlin.
    expect(
      walkFocusIn({ at: '2026-11-19T07:59:00.000Z', comments: [focusIn('dana', '2026-11-18T08:00:00.000+0100')] }),
    ).toEqual([]);
    // 10:00 in Berlin, exactly at the due time.
    expect(
      walkFocusIn({ at: '2026-11-19T09:00:00.000Z', comments: [focusIn('dana', '2026-11-18T08:00:00.000+0100')] }),
    ).toEqual([{ code: 'missing', issueKey: null, accountId: 'dana', day: '2026-11-19' }]);
  });

  test('members without an active issue are not asked for a Focus In', () => {
    expect(walkFocusIn({ status: 'Review' })).toEqual([]);
  });

  test('a UTC-8 member: a Focus In at 23:30 local belongs to the previous day', () => {
    // 2026-11-19T07:30Z is Wed 18 Nov 23:30 in Los Angeles; at = Thu 11:00 in LA.
    const found = walkFocusIn({
      assignee: 'fox',
      at: '2026-11-19T19:00:00.000Z',
      comments: [focusIn('fox', '2026-11-19T07:30:00.000+0000')],
    });
    expect(found).toEqual([{ code: 'missing', issueKey: null, accountId: 'fox', day: '2026-11-19' }]);
  });

  test('a DST change inside the checked days is handled by the zone rules', () => {
    // LA leaves DST on Sun 1 Nov 2026. Monday 2 Nov, 10:30 PST: the days are Fri 30 Oct (PDT) and Mon 2 Nov.
    const at = '2026-11-02T18:30:00.000Z';
    const monday = focusIn('fox', '2026-11-02T16:00:00.000+0000'); // 08:00 PST
    // 06:30Z on 31 Oct is Fri 23:30 PDT: counts for Friday.
    expect(
      walkFocusIn({ assignee: 'fox', at, comments: [monday, focusIn('fox', '2026-10-31T06:30:00.000+0000')] }),
    ).toEqual([]);
    // 07:30Z on 31 Oct is Sat 00:30 PDT (a fixed -08:00 offset would wrongly say Fri 23:30).
    expect(
      walkFocusIn({ assignee: 'fox', at, comments: [monday, focusIn('fox', '2026-10-31T07:30:00.000+0000')] }),
    ).toEqual([{ code: 'missing', issueKey: null, accountId: 'fox', day: '2026-10-30' }]);
  });

  test('a weekend and a holiday between today and the previous working day', () => {
    // Monday 23 Nov; Friday 20 Nov is a holiday: the previous working day is Thursday 19 Nov.
    const at = '2026-11-23T07:00:00.000Z';
    expect(walkFocusIn({ at, settings: { holidays: ['2026-11-20'] } })).toEqual([
      { code: 'missing', issueKey: null, accountId: 'dana', day: '2026-11-19' },
    ]);
    expect(
      walkFocusIn({
        at,
        settings: { holidays: ['2026-11-20'] },
        comments: [focusIn('dana', '2026-11-19T09:00:00.000+0100')],
      }),
    ).toEqual([]);
    expect(walkFocusIn({ at })).toEqual([{ code: 'missing', issueKey: null, accountId: 'dana', day: '2026-11-20' }]);
  });

  test('a users time zone that is not IANA falls back to settings.timezone', () => {
    const odd = generateUser({ accountId: 'dana', timeZone: 'Mars/Olympus' });
    // 23:30 UTC on Wed is Thu 00:30 in Berlin but Wed in UTC (the fallback).
    expect(
      walkFocusIn({
        users: [odd],
        at: '2026-11-19T09:00:00.000Z',
        comments: [focusIn('dana', '2026-11-18T23:30:00.000+0000')],
      }),
    ).toEqual([]);
    expect(
      walkFocusIn({
        users: [odd],
        at: '2026-11-19T09:00:00.000Z',
        settings: { timezone: 'Europe/Berlin' },
        comments: [focusIn('dana', '2026-11-18T23:30:00.000+0000')],
      }),
    ).toEqual([{ code: 'missing', issueKey: null, accountId: 'dana', day: '2026-11-18' }]);
  });

  test('ADF bodies: the pattern is matched on the plain text', () => {
    const rich = {
      type: 'doc',
      version: 1,
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Focus-In' }] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'login form' }] }] },
          ],
        },
        { type: 'codeBlock', content: [{ type: 'text', text: 'npm test' }] },
      ],
    };
    const mentionFirst = {
      type: 'doc',
      version: 1,
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'mention', attrs: { id: 'x', text: '@Fox' } },
            { type: 'text', text: ' focus in' },
          ],
        },
      ],
    };
    const prev = focusIn('dana', '2026-11-18T08:00:00.000+0100');
    expect(
      walkFocusIn({
        comments: [prev, generateComment({ author: 'dana', created: '2026-11-19T08:00:00.000+0100', body: rich })],
      }),
    ).toEqual([]);
    expect(
      walkFocusIn({
        comments: [
          prev,
          generateComment({ author: 'dana', created: '2026-11-19T08:00:00.000+0100', body: mentionFirst }),
        ],
      }),
    ).toEqual([{ code: 'missing', issueKey: null, accountId: 'dana', day: '2026-11-19' }]);
    expect(
      walkFocusIn({
        comments: [
          prev,
          generateComment({
            author: 'dana',
            created: '2026-11-19T08:00:00.000+0100',
            body: 'focus_in (old string body)',
          }),
        ],
      }),
    ).toEqual([]);
  });

  test("another person's Focus In does not count", () => {
    expect(
      walkFocusIn({
        comments: [focusIn('fox', '2026-11-18T08:00:00.000+0100'), focusIn('fox', '2026-11-19T08:00:00.000+0100')],
      }),
    ).toHaveLength(2);
  });

  test('late: work logged before the Focus In of the day', () => {
    const comments = [focusIn('dana', '2026-11-18T09:00:00.000+0100'), focusIn('dana', '2026-11-19T08:00:00.000+0100')];
    expect(
      walkFocusIn({
        comments,
        worklogs: [generateWorklog({ author: 'dana', started: '2026-11-18T08:15:00.000+0100' })],
      }),
    ).toEqual([{ code: 'late', issueKey: null, accountId: 'dana', day: '2026-11-18' }]);
    expect(
      walkFocusIn({
        comments,
        worklogs: [generateWorklog({ author: 'dana', started: '2026-11-18T09:15:00.000+0100' })],
      }),
    ).toEqual([]);
  });

  test('a Focus In on an issue of another status still counts (any sprint issue)', () => {
    const issues = [
      generateIssue({ key: 'FW-1', assignee: 'dana', status: 'Implement' }),
      generateIssue({
        key: 'FW-2',
        assignee: 'dana',
        status: 'Done',
        comments: [
          focusIn('dana', '2026-11-18T08:00:00.000+0100'),
          focusIn('dana', '2026-11-19T08:00:00.000+0100'),
        ] as never,
      }),
    ];
    expect(findingsOf(run(generateSnapshot({ issues, users: [dana] as never })), 'focus-in')).toEqual([]);
  });

  test('the plain text is trimmed before matching', () => {
    const body = adf('', '   focus in  ');
    expect(
      walkFocusIn({
        comments: [
          focusIn('dana', '2026-11-18T08:00:00.000+0100'),
          generateComment({ author: 'dana', created: '2026-11-19T08:00:00.000+0100', body }),
        ],
      }),
    ).toEqual([]);
  });
});
