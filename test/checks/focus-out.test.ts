import { findingsOf, generateComment, generateIssue, generateSnapshot, generateUser, run } from '../support/factories';

const AT = '2026-11-19T12:00:00.000+0000';
const users = [generateUser({ accountId: 'dana', timeZone: 'Europe/Berlin' })];

function walkFocusOut(comments: object[], at = AT, status = 'Implement') {
  const issues = [generateIssue({ key: 'FW-1', assignee: 'dana', status, comments: comments as never })];
  return findingsOf(run(generateSnapshot({ issues, users: users }), {}, at), 'focus-out');
}

describe('focus-out', () => {
  test.each([
    [
      'written on the previous working day',
      [generateComment({ author: 'dana', created: '2026-11-18T18:00:00.000+0100', text: 'Focus Out - done: login' })],
      [],
    ],
    [
      'written today only (today is not due yet)',
      [generateComment({ author: 'dana', created: '2026-11-19T08:00:00.000+0100', text: 'focus out' })],
      [{ code: 'missing', issueKey: null, accountId: 'dana', day: '2026-11-18' }],
    ],
    [
      'a Focus In is not a Focus Out',
      [generateComment({ author: 'dana', created: '2026-11-18T08:00:00.000+0100', text: 'focus in' })],
      [{ code: 'missing', issueKey: null, accountId: 'dana', day: '2026-11-18' }],
    ],
    [
      '"focus outline" is not a Focus Out',
      [generateComment({ author: 'dana', created: '2026-11-18T18:00:00.000+0100', text: 'focus outline reviewed' })],
      [{ code: 'missing', issueKey: null, accountId: 'dana', day: '2026-11-18' }],
    ],
  ])('%s', (_name, comments, expected) => {
    expect(walkFocusOut(comments)).toEqual(expected);
  });

  test('members without an active issue are not checked', () => {
    expect(walkFocusOut([], AT, 'To Do')).toEqual([]);
  });

  test('a custom pattern from settings', () => {
    const issues = [
      generateIssue({
        key: 'FW-1',
        assignee: 'dana',
        comments: [
          generateComment({ author: 'dana', created: '2026-11-18T18:00:00.000+0100', text: 'EOD FW-1 wrap-up' }),
        ] as never,
      }),
    ];
    const report = run(generateSnapshot({ issues, users: users }), { focusOutPattern: '^eod {KEY}\\b' });
    expect(findingsOf(report, 'focus-out')).toEqual([]);
  });
});
