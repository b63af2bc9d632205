import { generateIssue, generateSnapshot, history, issueId, run, statusChange } from '../support/factories';

const pr = (over: object = {}) => ({
  id: '42',
  title: 'FW-12 Login form',
  status: 'OPEN',
  sourceBranch: 'feature/FW-12-login',
  additions: 120,
  deletions: 30,
  approvals: 1,
  ...over,
});

function reviewFindings(
  dev: object,
  opts: {
    status?: string;
    histories?: object[];
    created?: string;
    at?: string;
    changelogs?: null;
    settings?: object;
  } = {},
) {
  const issues = [
    generateIssue({
      key: 'FW-12',
      assignee: 'dana',
      status: opts.status ?? 'Review',
      created: opts.created ?? '2026-11-17T09:00:00.000+0000',
    }),
  ];
  const changelogs =
    opts.changelogs === null ? null : [{ issueId: issueId('FW-12'), changeHistories: opts.histories ?? [] }];
  const report = run(
    generateSnapshot({ issues, development: { [issueId('FW-12')]: dev }, changelogs: changelogs }),
    opts.settings ?? {},
    opts.at,
  );
  return report.findings
    .filter((f) => f.check === 'review-pr')
    .map((f) => ({ code: f.code, severity: f.severity, issueKey: f.issueKey, data: f.data }));
}

describe('review-pr', () => {
  test('a small, keyed, approved, fresh pull request', () => {
    expect(reviewFindings({ pullRequests: [pr()] })).toEqual([]);
  });

  test.each([
    ['no pull request', {}, 'no-pr', 'error'],
    ['over 400 lines', { pullRequests: [pr({ additions: 500, deletions: 100 })] }, 'too-large', 'warning'],
    ['not approved', { pullRequests: [pr({ approvals: 0 })] }, 'no-approval', 'warning'],
    ['no key in the title', { pullRequests: [pr({ title: 'Login form' })] }, 'no-key', 'info'],
  ])('%s', (_name, dev, code, severity) => {
    expect(reviewFindings(dev).map((f) => [f.code, f.severity])).toEqual([[code, severity]]);
  });

  test('exactly maxLines is not too large; merged pull requests are not checked', () => {
    expect(reviewFindings({ pullRequests: [pr({ additions: 300, deletions: 100 })] })).toEqual([]);
    expect(
      reviewFindings({ pullRequests: [pr({ id: '7', status: 'MERGED', additions: 900, approvals: 0, title: 'x' })] }),
    ).toEqual([]);
  });

  test('data.pullRequest names the first offending pull request', () => {
    const found = reviewFindings({
      pullRequests: [pr({ id: '51', additions: 700 }), pr({ id: '50', additions: 800 })],
    });
    expect(found[0]?.data.pullRequest).toBe('50');
  });

  test('only issues in a review status', () => {
    expect(reviewFindings({}, { status: 'Implement' })).toEqual([]);
  });

  test('summary counts: a pull request known only by count is not "no-pr"', () => {
    expect(reviewFindings({ summary: { pullRequests: 1 } })).toEqual([]);
  });

  test('stale: more than maxReviewDays working days since it moved into review', () => {
    // at Thu 19: moved into Review on Mon 16 -> Tue, Wed, Thu = 3 working days > 2.
    const histories = [history('2026-11-16T10:00:00.000+0000', [statusChange('Implement', 'Review')])];
    expect(
      reviewFindings({ pullRequests: [pr()] }, { histories, created: '2026-11-10T09:00:00.000+0000' }).map((f) => [
        f.code,
        f.data.days,
      ]),
    ).toEqual([['stale', 3]]);
    // Moved on Tue 17 -> 2 working days: not stale.
    const recent = [history('2026-11-17T10:00:00.000+0000', [statusChange('Implement', 'Review')])];
    expect(
      reviewFindings({ pullRequests: [pr()] }, { histories: recent, created: '2026-11-10T09:00:00.000+0000' }),
    ).toEqual([]);
  });

  test("an issue's changelog in two entries reads as one, in time order (the context parses it on first ask)", () => {
    // Into review on Mon 16 and again on Tue 17 (after a step back), the later given first:
    // the latest move counts (2 working days at Thu 19: not stale), as with one entry.
    const issues = [
      generateIssue({ key: 'FW-12', assignee: 'dana', status: 'Review', created: '2026-11-10T09:00:00.000+0000' }),
    ];
    const monday = history('2026-11-16T10:00:00.000+0000', [statusChange('Implement', 'Review')]);
    const back = history('2026-11-16T15:00:00.000+0000', [statusChange('Review', 'Implement')]);
    const tuesday = history('2026-11-17T10:00:00.000+0000', [statusChange('Implement', 'Review')]);
    const snapshot = (changelogs: Array<Record<string, unknown>>) =>
      generateSnapshot({ issues, development: { [issueId('FW-12')]: { pullRequests: [pr()] } }, changelogs });
    const first = { issueId: issueId('FW-12'), changeHistories: [tuesday] };
    const second = { issueId: issueId('FW-12'), changeHistories: [monday, back] };
    const whole = run(snapshot([{ issueId: issueId('FW-12'), changeHistories: [monday, back, tuesday] }]));
    expect(whole.findings.filter((f) => f.check === 'review-pr')).toEqual([]);
    // Either entry alone would miss Tuesday's move or the others: both orders give the whole's report.
    expect(run(snapshot([first, second]))).toEqual(whole);
    expect(run(snapshot([second, first]))).toEqual(whole);
    // Without the step back and the second move, Monday's move makes it stale (3 working days).
    const stale = run(snapshot([{ issueId: issueId('FW-12'), changeHistories: [monday] }]));
    expect(stale.findings.filter((f) => f.check === 'review-pr').map((f) => f.code)).toEqual(['stale']);
  });

  test('stale without a review move in the changelog counts from creation', () => {
    expect(
      reviewFindings({ pullRequests: [pr()] }, { created: '2026-11-12T09:00:00.000+0000' }).map((f) => f.code),
    ).toEqual(['stale']);
  });

  test('without changelogs the stale code is skipped, the rest runs', () => {
    const issues = [
      generateIssue({ key: 'FW-12', assignee: 'dana', status: 'Review', created: '2026-11-02T09:00:00.000+0000' }),
    ];
    const report = run(
      generateSnapshot({
        issues,
        development: { [issueId('FW-12')]: { pullRequests: [pr({ approvals: 0 })] } },
        changelogs: null,
      }),
    );
    expect(report.findings.filter((f) => f.check === 'review-pr').map((f) => f.code)).toEqual(['no-approval']);
    expect(report.skipped).toContainEqual(expect.objectContaining({ check: 'review-pr', codes: ['stale'] }));
  });
});
