import { findingsOf, generateIssue, generateSnapshot, generateUser, run } from '../support/factories';

const users = [
  generateUser({ accountId: 'dana' }),
  generateUser({ accountId: 'fox' }),
  generateUser({ accountId: 'bot', accountType: 'app' }),
  generateUser({ accountId: 'gone', active: false }),
];

describe('focus-column', () => {
  test.each([
    [
      'a member with an issue in a focus column',
      [generateIssue({ key: 'FW-1', assignee: 'dana', status: 'Implement' })],
      [],
    ],
    [
      'focus statuses compare case-insensitively after trimming',
      [generateIssue({ key: 'FW-1', assignee: 'dana', status: '  implement ' })],
      [],
    ],
    [
      'a member whose only issue is in review',
      [generateIssue({ key: 'FW-1', assignee: 'dana', status: 'Review' })],
      [{ code: 'none', issueKey: null, accountId: 'dana', day: null }],
    ],
    [
      'apps and deactivated assignees are not members',
      [
        generateIssue({ key: 'FW-1', assignee: 'bot', status: 'To Do' }),
        generateIssue({ key: 'FW-2', assignee: 'gone', status: 'To Do' }),
        generateIssue({ key: 'FW-3', assignee: 'fox', status: 'To Do' }),
      ],
      [{ code: 'none', issueKey: null, accountId: 'fox', day: null }],
    ],
  ])('%s', (_name, issues, expected) => {
    expect(findingsOf(run(generateSnapshot({ issues, users })), 'focus-column')).toEqual(expected);
  });

  test('settings.members replaces the assignees as the team', () => {
    const snapshot = generateSnapshot({ issues: [generateIssue({ key: 'FW-1', assignee: 'dana' })], users });
    const report = run(snapshot, { members: ['fox'] });
    expect(findingsOf(report, 'focus-column')).toEqual([{ code: 'none', issueKey: null, accountId: 'fox', day: null }]);
    expect(report.members.map((m) => m.accountId)).toEqual(['fox']);
  });

  test('the octoacme profile makes In Progress a focus status', () => {
    const snapshot = generateSnapshot({
      issues: [generateIssue({ key: 'FW-1', assignee: 'dana', status: 'In Progress' })],
      users,
    });
    expect(findingsOf(run(snapshot, { profile: 'octoacme' }), 'focus-column')).toEqual([]);
    expect(findingsOf(run(snapshot), 'focus-column')).toHaveLength(1);
  });
});
