import { findingsOf, generateIssue, generateSnapshot, generateUser, run } from '../support/factories';

const users = [generateUser({ accountId: 'dana' })];

describe('status-column', () => {
  test.each([
    ['in progress in a focus column', { status: 'Implement' }, []],
    ['in progress in a review column', { status: 'In Review' }, []],
    ['not started', { status: 'To Do' }, []],
    ['done', { status: 'Done' }, []],
    ['in progress elsewhere', { status: 'Waiting' }, [{ code: 'outside', issueKey: 'FW-1', accountId: 'dana', day: null }]],
    ['unassigned, in progress elsewhere', { status: 'Waiting', assignee: null }, [{ code: 'outside', issueKey: 'FW-1', accountId: null, day: null }]],
    ['a non-member assignee is still named', { status: 'Waiting', assignee: 'contractor' }, [{ code: 'outside', issueKey: 'FW-1', accountId: 'contractor', day: null }]],
  ])('%s', (_name, spec, expected) => {
    const issues = [generateIssue({ key: 'FW-1', assignee: 'dana', ...spec })];
    expect(findingsOf(run(generateSnapshot({ issues, users })), 'status-column')).toEqual(expected);
  });
});
