import { findingsOf, generateIssue, generateSnapshot, generateUser, run } from '../support/factories';

const users = [generateUser({ accountId: 'dana' })];

describe('owner (checks-delivery.md)', () => {
  test.each([
    [
      'in progress without an assignee',
      { status: 'Implement', assignee: null },
      [{ code: 'none', issueKey: 'FW-1', accountId: null, day: null }],
    ],
    ['in progress with an assignee', { status: 'Implement', assignee: 'dana' }, []],
    ['not started without an assignee', { status: 'To Do', assignee: null }, []],
    ['done without an assignee', { status: 'Done', assignee: null }, []],
    [
      'any in-progress status, even outside the columns',
      { status: 'Waiting', assignee: null },
      [{ code: 'none', issueKey: 'FW-1', accountId: null, day: null }],
    ],
  ])('%s', (_name, spec, expected) => {
    const report = run(generateSnapshot({ issues: [generateIssue({ key: 'FW-1', ...spec })], users }));
    expect(findingsOf(report, 'owner')).toEqual(expected);
  });

  test('an error', () => {
    const report = run(generateSnapshot({ issues: [generateIssue({ key: 'FW-1', assignee: null })], users }));
    expect(report.findings.find((f) => f.check === 'owner')?.severity).toBe('error');
  });
});
