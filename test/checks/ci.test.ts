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
const ciOf = (state: string, failed: string[] = []) => ({ state, failed, url: 'https://ci.test/run/1' });
const walkWith = (status: string, prs: unknown[], settings: unknown = {}) => {
  const issues = [generateIssue({ key: 'FW-1', assignee: 'dana', status })];
  const development = { [issueId('FW-1')]: { pullRequests: prs } };
  return run(generateSnapshot({ issues, users, development }), settings);
};
const row = (code: string) => ({ code, issueKey: 'FW-1', accountId: 'dana', day: null });

describe('ci (checks-delivery.md)', () => {
  test.each([
    [
      'an open pull request failing CI',
      'Implement',
      [pullRequest({ id: '1', ci: ciOf('failure', ['lint']) })],
      [row('failing')],
    ],
    ['CI passing', 'Implement', [pullRequest({ id: '1', ci: ciOf('success') })], []],
    ['CI pending', 'In Review', [pullRequest({ id: '1', ci: ciOf('pending') })], []],
    [
      'a merged pull request that failed is not an open one',
      'Implement',
      [pullRequest({ id: '1', status: 'MERGED', ci: ciOf('failure') })],
      [],
    ],
    ['a declined one neither', 'In Review', [pullRequest({ id: '1', status: 'DECLINED', ci: ciOf('none') })], []],
    ['review asked before any CI ran', 'In Review', [pullRequest({ id: '1', ci: ciOf('none') })], [row('missing')]],
    ['no CI yet, but not in review', 'Implement', [pullRequest({ id: '1', ci: ciOf('none') })], []],
    ['a pull request the code host was not asked about is not judged', 'In Review', [pullRequest({ id: '1' })], []],
    [
      'failing and untested in review: both',
      'In Review',
      [pullRequest({ id: '1', ci: ciOf('failure') }), pullRequest({ id: '2', ci: ciOf('none') })],
      [row('failing'), row('missing')],
    ],
  ])('%s', (_name, status, prs, expected) => {
    expect(findingsOf(walkWith(status, prs), 'ci')).toEqual(expected);
  });

  test('failing names the first failing pull request and its failing runs, an error', () => {
    const prs = [
      pullRequest({ id: '9', ci: ciOf('failure', ['e2e']) }),
      pullRequest({ id: '3', ci: ciOf('failure', ['lint', 'unit']) }),
    ];
    const [f] = walkWith('Implement', prs).findings.filter((x) => x.check === 'ci');
    expect(f).toMatchObject({
      severity: 'error',
      subject: null,
      data: { pullRequest: '3', failed: ['lint', 'unit'], pullRequests: ['3', '9'] },
    });
  });

  test('missing is a warning; the review columns come from settings', () => {
    const prs = [pullRequest({ id: '1', ci: ciOf('none') })];
    expect(walkWith('QA', prs).findings.filter((f) => f.check === 'ci')).toEqual([]);
    const [f] = walkWith('QA', prs, { reviewStatuses: ['QA'] }).findings.filter((x) => x.check === 'ci');
    expect(f).toMatchObject({ code: 'missing', severity: 'warning' });
  });

  test('without development data the check is skipped, not silent', () => {
    const report = run(generateSnapshot({ issues: [generateIssue({ key: 'FW-1', assignee: 'dana' })], users }));
    expect(report.skipped.map((s) => s.check)).toContain('ci');
  });
});
