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
const walkWith = (prs: unknown[], settings: unknown = {}, sprint?: unknown) => {
  const issues = [generateIssue({ key: 'FW-1', assignee: 'dana', status: 'Done', category: 'done' })];
  const development = { [issueId('FW-1')]: { pullRequests: prs } };
  return run(
    generateSnapshot({ issues, users, development, ...(sprint !== undefined ? { sprint: sprint as never } : {}) }),
    settings,
  );
};
const row = (code: string) => ({ code, issueKey: 'FW-1', accountId: 'dana', day: null });
const inSprint = '2026-11-12T10:00:00.000+0000'; // sprint started 2026-11-09
const merged = (spec: { approvals?: number; ci?: string; mergedAt?: string }) =>
  pullRequest({
    id: '1',
    status: 'MERGED',
    mergedAt: spec.mergedAt ?? inSprint,
    ...(spec.approvals !== undefined ? { approvals: spec.approvals } : {}),
    ...(spec.ci ? { ci: { state: spec.ci, failed: [], url: null } } : {}),
  });

describe('merge (checks-delivery.md)', () => {
  test.each([
    ['merged with no approval', [merged({ approvals: 0 })], [row('unapproved')]],
    ['merged with one approval', [merged({ approvals: 1 })], []],
    ['approvals unknown: not judged', [merged({})], []],
    ['merged while CI failed', [merged({ approvals: 1, ci: 'failure' })], [row('ci-failed')]],
    ['merged with CI pending is not a failure', [merged({ approvals: 1, ci: 'pending' })], []],
    ['both', [merged({ approvals: 0, ci: 'failure' })], [row('ci-failed'), row('unapproved')]],
    [
      'merged before the sprint started: outside the window',
      [merged({ approvals: 0, mergedAt: '2026-11-08T10:00:00.000+0000' })],
      [],
    ],
    [
      'merged on the sprint start instant: inside',
      [merged({ approvals: 0, mergedAt: '2026-11-09T08:00:00.000Z' })],
      [row('unapproved')],
    ],
    ['an open pull request is not merged', [pullRequest({ id: '1', approvals: 0 })], []],
    ['a declined one neither', [pullRequest({ id: '1', status: 'DECLINED', approvals: 0, mergedAt: null })], []],
  ])('%s', (_name, prs, expected) => {
    expect(findingsOf(walkWith(prs), 'merge')).toEqual(expected);
  });

  test('unapproved is a warning, ci-failed an error; minApprovals from settings', () => {
    const report = walkWith([merged({ approvals: 1, ci: 'failure' })], { pr: { minApprovals: 2 } });
    const found = report.findings
      .filter((f) => f.check === 'merge')
      .map((f) => [f.code, f.severity, f.data.pullRequest]);
    expect(found).toEqual([
      ['ci-failed', 'error', '1'],
      ['unapproved', 'warning', '1'],
    ]);
  });

  test('no sprint: the window is questionWindowDays days of 24 h before the walk', () => {
    // AT is 2026-11-19T12:00Z; 7 days back is 2026-11-12T12:00Z.
    const early = [merged({ approvals: 0, mergedAt: '2026-11-12T11:59:00.000Z' })];
    const late = [merged({ approvals: 0, mergedAt: '2026-11-12T12:00:00.000Z' })];
    expect(findingsOf(walkWith(early, {}, null), 'merge')).toEqual([]);
    expect(findingsOf(walkWith(late, {}, null), 'merge')).toEqual([row('unapproved')]);
    expect(findingsOf(walkWith(early, { questionWindowDays: 8 }, null), 'merge')).toEqual([row('unapproved')]);
  });
});
