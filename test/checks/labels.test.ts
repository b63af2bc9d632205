import { findingsOf, generateIssue, generateSnapshot, run } from '../support/factories';

const row = (code: string) => ({ code, issueKey: 'FW-1', accountId: 'dana', day: null });

function labelFindings(spec: { labels?: string[]; type?: string }, settings = {}) {
  const issues = [generateIssue({ key: 'FW-1', assignee: 'dana', ...spec })];
  return run(generateSnapshot({ issues }), settings).findings.filter((f) => f.check === 'labels');
}

describe('labels', () => {
  test.each([
    ['a taxonomy label on an allowed type', { labels: ['feature'] }, []],
    ['no labels at all', { labels: [] }, [row('none')]],
    ['only labels outside the taxonomy', { labels: ['urgent'] }, [row('none'), row('unknown')]],
    ['a taxonomy label and an unknown one', { labels: ['bug', 'urgent'] }, [row('unknown')]],
    ['label comparison is case-sensitive, as in Jira', { labels: ['Bug'] }, [row('none'), row('unknown')]],
    ['an issue type outside the allowed types', { labels: ['feature'], type: 'Incident' }, [row('type')]],
    ['issue types compare case-insensitively', { labels: ['feature'], type: 'new feature' }, []],
  ])('%s', (_name, spec, expected) => {
    expect(findingsOf({ findings: labelFindings(spec) } as never, 'labels')).toEqual(expected);
  });

  test('data.labels lists the unknown labels, sorted', () => {
    expect(labelFindings({ labels: ['zeta', 'bug', 'alpha'] }).find((f) => f.code === 'unknown')?.data.labels).toEqual([
      'alpha',
      'zeta',
    ]);
  });

  test('an empty taxonomy disables the label codes; empty types disable the type code', () => {
    expect(labelFindings({ labels: [], type: 'Incident' }, { labels: { allowed: [] }, allowedIssueTypes: [] })).toEqual(
      [],
    );
  });

  test('severities: type and none warn, unknown informs', () => {
    expect(labelFindings({ labels: ['urgent'], type: 'Incident' }).map((f) => [f.code, f.severity])).toEqual([
      ['none', 'warning'],
      ['type', 'warning'],
      ['unknown', 'info'],
    ]);
  });
});
