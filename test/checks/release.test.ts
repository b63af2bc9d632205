import { findingsOf, generateIssue, generateSnapshot, run } from '../support/factories';

describe('release', () => {
  test.each([
    ['in Deploy without a fix version', { status: 'Deploy' }, [{ code: 'no-fix-version', issueKey: 'FW-1', accountId: 'dana', day: null }]],
    ['in Deploy with a fix version', { status: 'Deploy', fixVersions: ['1.4.0'] }, []],
    ['not in a deploy status', { status: 'Implement' }, []],
  ])('%s', (_name, spec, expected) => {
    const issues = [generateIssue({ key: 'FW-1', assignee: 'dana', ...spec })];
    expect(findingsOf(run(generateSnapshot({ issues })), 'release')).toEqual(expected);
  });

  test('deployStatuses from settings (octoacme: QA)', () => {
    const issues = [generateIssue({ key: 'FW-1', assignee: 'dana', status: 'QA' })];
    expect(findingsOf(run(generateSnapshot({ issues }), { profile: 'octoacme' }), 'release')).toHaveLength(1);
    expect(findingsOf(run(generateSnapshot({ issues })), 'release')).toHaveLength(0);
  });
});
