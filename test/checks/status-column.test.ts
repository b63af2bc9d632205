import { findingsOf, generateIssue, generateSnapshot, generateUser, run } from '../support/factories';

const users = [generateUser({ accountId: 'dana' })];
const outside = (accountId: string | null = 'dana', issueKey = 'FW-1') => ({
  code: 'outside',
  issueKey,
  accountId,
  day: null,
});

describe('status-column', () => {
  test.each([
    ['in progress in a focus column', { status: 'Implement' }, []],
    ['in progress in a review column', { status: 'In Review' }, []],
    ['in progress in the deploy column (a focus status by default)', { status: 'Deploy' }, []],
    ['not started', { status: 'To Do' }, []],
    ['done', { status: 'Done' }, []],
    ['a "new" status outside the columns is not work in progress', { status: 'Backlog', category: 'new' }, []],
    ['a "done" status outside the columns is not work in progress', { status: 'Shipped', category: 'done' }, []],
    ['in progress elsewhere', { status: 'Waiting' }, [outside()]],
    ['status names compare trimmed and case-insensitively', { status: '  implement ' }, []],
    ['a review status in another case', { status: 'IN REVIEW' }, []],
    ['a name that only contains a focus status is outside', { status: 'Implement later' }, [outside()]],
    ['unassigned, in progress elsewhere', { status: 'Waiting', assignee: null }, [outside(null)]],
    ['a non-member assignee is still named', { status: 'Waiting', assignee: 'contractor' }, [outside('contractor')]],
  ])('%s', (_name, spec, expected) => {
    const issues = [generateIssue({ key: 'FW-1', assignee: 'dana', ...spec })];
    expect(findingsOf(run(generateSnapshot({ issues, users })), 'status-column')).toEqual(expected);
  });

  test.each([
    ['default profile: QA is outside', {}, [outside()]],
    ['octoacme profile: QA is a focus status', { profile: 'octoacme' }, []],
    ['focusStatuses from settings', { focusStatuses: ['QA'] }, []],
    ['reviewStatuses from settings', { reviewStatuses: ['qa'] }, []],
  ])('the columns come from settings: %s', (_name, settings, expected) => {
    const issues = [generateIssue({ key: 'FW-1', assignee: 'dana', status: 'QA', category: 'indeterminate' })];
    expect(findingsOf(run(generateSnapshot({ issues, users }), settings), 'status-column')).toEqual(expected);
  });

  test('one error per issue, naming the status as Jira names it', () => {
    const issues = [
      generateIssue({ key: 'FW-2', assignee: 'dana', status: 'Waiting' }),
      generateIssue({ key: 'FW-1', assignee: 'dana', status: 'Blocked upstream' }),
      generateIssue({ key: 'FW-3', assignee: 'dana', status: 'Implement' }),
    ];
    const findings = run(generateSnapshot({ issues, users })).findings.filter((f) => f.check === 'status-column');
    expect(findings.map((f) => [f.issueKey, f.severity, f.data.status])).toEqual([
      ['FW-1', 'error', 'Blocked upstream'],
      ['FW-2', 'error', 'Waiting'],
    ]);
  });
});
