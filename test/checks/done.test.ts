import {
  findingsOf,
  generateIssue,
  generateSnapshot,
  generateUser,
  issueId,
  pullRequest,
  run,
} from '../support/factories';

const users = [generateUser({ accountId: 'dana' })];
const doneIssue = (key = 'FW-1') => generateIssue({ key, assignee: 'dana', status: 'Done', category: 'done' });
const subtask = (key: string, status: string, parent = 'FW-1') =>
  generateIssue({ key, assignee: 'dana', subtask: true, status, parent: { id: issueId(parent), key: parent } });
const row = (code: string, issueKey = 'FW-1') => ({ code, issueKey, accountId: 'dana', day: null });

describe('done (checks-delivery.md)', () => {
  test.each([
    ['done with an open pull request', 'Done', [pullRequest({ id: '1' })], [row('open-pr')]],
    ['done with its pull request merged', 'Done', [pullRequest({ id: '1', status: 'MERGED' })], []],
    ['done with a declined one', 'Done', [pullRequest({ id: '1', status: 'DECLINED' })], []],
    ['not done yet: an open pull request is normal', 'Implement', [pullRequest({ id: '1' })], []],
  ])('%s', (_name, status, prs, expected) => {
    const issues = [
      generateIssue({ key: 'FW-1', assignee: 'dana', status, ...(status === 'Done' ? { category: 'done' } : {}) }),
    ];
    const development = { [issueId('FW-1')]: { pullRequests: prs } };
    expect(findingsOf(run(generateSnapshot({ issues, users, development })), 'done')).toEqual(expected);
  });

  test.each([
    ['a sub-task still in progress', [subtask('FW-2', 'Implement')], [row('open-subtasks')]],
    ['every sub-task done', [subtask('FW-2', 'Done')], []],
    ['a sub-task of another issue does not count', [subtask('FW-2', 'Implement', 'FW-9')], []],
  ])('%s', (_name, children, expected) => {
    const report = run(generateSnapshot({ issues: [doneIssue(), ...children], users }));
    expect(findingsOf(report, 'done')).toEqual(expected);
  });

  test('open-subtasks is an error listing the unfinished sub-tasks, sorted; a parent named by id counts too', () => {
    const byId = generateIssue({ key: 'FW-4', subtask: true, status: 'To Do', parent: { id: issueId('FW-1') } });
    const issues = [doneIssue(), subtask('FW-3', 'Implement'), subtask('FW-2', 'To Do'), subtask('FW-5', 'Done'), byId];
    const [f] = run(generateSnapshot({ issues, users })).findings.filter((x) => x.check === 'done');
    expect(f).toMatchObject({ code: 'open-subtasks', severity: 'error', data: { subtasks: ['FW-2', 'FW-3', 'FW-4'] } });
  });

  test('without development data only open-pr is skipped: sub-tasks are still checked', () => {
    const report = run(generateSnapshot({ issues: [doneIssue(), subtask('FW-2', 'Implement')], users }));
    expect(report.skipped.find((s) => s.check === 'done')).toMatchObject({ codes: ['open-pr'] });
    expect(findingsOf(report, 'done')).toEqual([row('open-subtasks')]);
  });
});
