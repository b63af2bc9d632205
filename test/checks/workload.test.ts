import { findingsOf, generateIssue, generateSnapshot, generateUser, run } from '../support/factories';

const users = ['ann', 'ben', 'cat', 'dan'].map((accountId) => generateUser({ accountId }));
const points = (key: string, assignee: string, sp: number | null, status = 'Implement') =>
  generateIssue({ key, assignee, status, fields: { customfield_10016: sp } });

describe('workload', () => {
  test('overloaded: over 1.5 x the median and at least 2 above it', () => {
    // Loads 3, 3, 3, 8 -> median 3; 8 > 4.5 and 8 - 3 >= 2.
    const issues = [
      points('FW-1', 'ann', 3),
      points('FW-2', 'ben', 3),
      points('FW-3', 'cat', 3),
      points('FW-4', 'dan', 8),
    ];
    expect(findingsOf(run(generateSnapshot({ issues, users: users })), 'workload')).toEqual([
      { code: 'overloaded', issueKey: null, accountId: 'dan', day: null },
    ]);
  });

  test('not overloaded when less than 2 above the median', () => {
    // Loads 1, 1, 1, 2 (no points count 1 each): median 1; 2 > 1.5 but 2 - 1 < 2.
    const issues = [
      points('FW-1', 'ann', null),
      points('FW-2', 'ben', null),
      points('FW-3', 'cat', null),
      points('FW-4', 'dan', null),
      points('FW-5', 'dan', null),
    ];
    expect(findingsOf(run(generateSnapshot({ issues, users: users })), 'workload')).toEqual([]);
  });

  test('done issues are not load; a member with only done issues is idle', () => {
    const issues = [
      points('FW-1', 'ann', 3),
      points('FW-2', 'ben', 3),
      points('FW-3', 'cat', 3),
      points('FW-4', 'dan', 8, 'Done'),
    ];
    expect(findingsOf(run(generateSnapshot({ issues, users: users })), 'workload')).toEqual([
      { code: 'idle', issueKey: null, accountId: 'dan', day: null },
    ]);
  });

  test('the factor comes from settings', () => {
    const issues = [
      points('FW-1', 'ann', 3),
      points('FW-2', 'ben', 3),
      points('FW-3', 'cat', 3),
      points('FW-4', 'dan', 8),
    ];
    expect(
      findingsOf(run(generateSnapshot({ issues, users: users }), { workload: { overloadFactor: 3 } }), 'workload'),
    ).toEqual([]);
  });
});
