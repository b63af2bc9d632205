import { findingsOf, generateIssue, generateSnapshot, generateUser, run } from '../support/factories';

const users = [generateUser({ accountId: 'dana' }), generateUser({ accountId: 'fox' })];
const issues = [generateIssue({ key: 'FW-1', assignee: 'dana' }), generateIssue({ key: 'FW-2', assignee: 'fox' })];

describe('reading', () => {
  test('minutes on the previous working day are summed against the target', () => {
    const readingLog = [
      { accountId: 'dana', date: '2026-11-18', minutes: 40 },
      { accountId: 'dana', date: '2026-11-18', minutes: 20 },
      { accountId: 'fox', date: '2026-11-18', minutes: 45 },
      { accountId: 'fox', date: '2026-11-19', minutes: 90 },
    ];
    const report = run(generateSnapshot({ issues, users: users, readingLog }));
    expect(findingsOf(report, 'reading')).toEqual([
      { code: 'short', issueKey: null, accountId: 'fox', day: '2026-11-18' },
    ]);
    expect(report.findings.find((f) => f.check === 'reading')?.data.minutes).toBe(45);
  });

  test('a member with no entry read 0 minutes', () => {
    const report = run(generateSnapshot({ issues, users: users, readingLog: [] }), { reading: { targetMinutes: 30 } });
    expect(findingsOf(report, 'reading').map((r) => r.accountId)).toEqual(['dana', 'fox']);
    expect(report.findings.filter((f) => f.check === 'reading').map((f) => f.data.minutes)).toEqual([0, 0]);
  });

  test('without a reading log the check is silent and listed as skipped', () => {
    const report = run(generateSnapshot({ issues, users: users }));
    expect(findingsOf(report, 'reading')).toEqual([]);
    expect(report.skipped).toContainEqual(expect.objectContaining({ check: 'reading' }));
  });
});
