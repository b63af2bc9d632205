import { AT, generateComment, generateIssue, generateSnapshot, run } from '../support/factories';

/**
 * A person the users list does not have is known by their earliest mention in the canonical
 * order (issues by key, then id; in an issue its assignee, then comments, then worklogs),
 * however the snapshot orders its issues: the walk reads them in the snapshot's own order.
 */
describe('people known only by mentions', () => {
  const mention = (displayName: string, timeZone: string): Record<string, unknown> => ({
    accountId: 'x',
    displayName,
    timeZone,
  });
  const issue = (key: string, displayName: string, timeZone: string): Record<string, unknown> => {
    const comment = generateComment({ author: 'x', created: '2026-11-18T10:00:00.000+0000' });
    return generateIssue({ key, comments: [{ ...comment, author: mention(displayName, timeZone) }] });
  };
  // FW-10 comes before FW-2 by key, after it in the array.
  const issues = [issue('FW-2', 'From FW-2', 'Asia/Kolkata'), issue('FW-10', 'From FW-10', 'America/New_York')];

  test.each([
    ['as given', issues],
    ['reversed', [...issues].reverse()],
  ])('the first mention by key wins, issues %s', (_name, list) => {
    const report = run(generateSnapshot({ issues: list }), { members: ['x'] }, AT);
    expect(report.members.map((m) => [m.displayName, m.timeZone])).toEqual([['From FW-10', 'America/New_York']]);
  });

  test('the users list is over any mention', () => {
    const users = [{ accountId: 'x', displayName: 'Listed', accountType: 'atlassian', active: true, timeZone: 'UTC' }];
    const report = run(generateSnapshot({ issues, users }), { members: ['x'] }, AT);
    expect(report.members.map((m) => [m.displayName, m.timeZone])).toEqual([['Listed', 'UTC']]);
  });
});
