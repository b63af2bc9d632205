import { findingsOf, generateIssue, generateSnapshot, run } from '../support/factories';

const noFixVersion = (accountId: string | null = 'dana', issueKey = 'FW-1') => ({
  code: 'no-fix-version',
  issueKey,
  accountId,
  day: null,
});

describe('release', () => {
  test.each([
    ['in Deploy without a fix version', { status: 'Deploy' }, [noFixVersion()]],
    ['in Deploy with a fix version', { status: 'Deploy', fixVersions: ['1.4.0'] }, []],
    ['in Deploy with two fix versions', { status: 'Deploy', fixVersions: ['1.4.0', '1.5.0'] }, []],
    ['not in a deploy status', { status: 'Implement' }, []],
    ['done without a fix version is not a deploy status', { status: 'Done' }, []],
    ['deploy status names compare trimmed and case-insensitively', { status: ' DEPLOY ' }, [noFixVersion()]],
    ['a deploy status whatever its category', { status: 'Deploy', category: 'done' }, [noFixVersion()]],
    ['unassigned issues name nobody', { status: 'Deploy', assignee: null }, [noFixVersion(null)]],
    [
      'an assignee outside the team is still named',
      { status: 'Deploy', assignee: 'contractor' },
      [noFixVersion('contractor')],
    ],
    ['no fixVersions field at all', { status: 'Deploy', fields: { fixVersions: undefined } }, [noFixVersion()]],
  ])('%s', (_name, spec, expected) => {
    const issues = [generateIssue({ key: 'FW-1', assignee: 'dana', ...spec })];
    expect(findingsOf(run(generateSnapshot({ issues })), 'release')).toEqual(expected);
  });

  test.each([
    ['default profile: QA is not a deploy status', {}, []],
    ['octoacme profile: QA is', { profile: 'octoacme' }, [noFixVersion()]],
    ['deployStatuses from settings', { deployStatuses: ['qa'] }, [noFixVersion()]],
    ['no deploy statuses: the check never fires', { deployStatuses: [], focusStatuses: ['QA'] }, []],
  ])('deployStatuses come from settings: %s', (_name, settings, expected) => {
    const issues = [generateIssue({ key: 'FW-1', assignee: 'dana', status: 'QA' })];
    expect(findingsOf(run(generateSnapshot({ issues }), settings), 'release')).toEqual(expected);
  });

  test('a warning per issue, in key order', () => {
    const issues = ['FW-3', 'FW-1', 'FW-2'].map((key) =>
      generateIssue({ key, assignee: 'dana', status: 'Deploy', fixVersions: key === 'FW-2' ? ['2.0'] : [] }),
    );
    const findings = run(generateSnapshot({ issues })).findings.filter((f) => f.check === 'release');
    expect(findings.map((f) => [f.issueKey, f.severity])).toEqual([
      ['FW-1', 'warning'],
      ['FW-3', 'warning'],
    ]);
  });
});
