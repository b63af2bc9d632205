import { findingsOf, generateIssue, generateSnapshot, issueId, run } from '../support/factories';
import { hasBadTimeCommand } from '../../src/engine/time-command';

function devFindings(dev: object, status = 'Implement') {
  const issues = [generateIssue({ key: 'FW-12', assignee: 'dana', status })];
  return findingsOf(run(generateSnapshot({ issues, development: { [issueId('FW-12')]: dev } })), 'smart-commit');
}
const row = (code: string) => ({ code, issueKey: 'FW-12', accountId: 'dana', day: null });
const commit = (id: string, message: string) => ({
  id,
  message,
  author: { name: 'Dana' },
  timestamp: '2026-11-18T10:00:00.000+0000',
});

describe('smart-commit', () => {
  test.each([
    [
      'a good branch and commit',
      { branches: [{ name: 'feature/FW-12-login' }], commits: [commit('a1', 'FW-12 #time 1h 30m Add login form')] },
      [],
    ],
    ['a branch without the key', { branches: [{ name: 'feature/login' }] }, [row('branch-name')]],
    ['a branch with another key', { branches: [{ name: 'feature/FW-123-login' }] }, [row('branch-name')]],
    ['a branch with an unknown prefix', { branches: [{ name: 'wip/FW-12' }] }, [row('branch-name')]],
    [
      'a commit whose first line lacks the key',
      { commits: [commit('a1', 'Add login form\n\nFW-12')] },
      [row('commit-message')],
    ],
    [
      'the key as part of a longer key does not count',
      { commits: [commit('a1', 'FW-123 Add login form')] },
      [row('commit-message')],
    ],
    ['a bad #time', { commits: [commit('a1', 'FW-12 #time soon')] }, [row('smart-commit-syntax')]],
    ['parts out of order', { commits: [commit('a1', 'FW-12 #time 30m 1h fix')] }, [row('smart-commit-syntax')]],
    ['nothing linked in a code status', { branches: [], commits: [], pullRequests: [] }, [row('no-dev')]],
    ['summary counts count as linked', { summary: { branches: 0, commits: 2, pullRequests: 0 } }, []],
  ])('%s', (_name, dev, expected) => {
    expect(devFindings(dev)).toEqual(expected);
  });

  test('no-dev only in code statuses', () => {
    expect(devFindings({}, 'Design')).toEqual([]);
  });

  test('issues without a development entry are not checked; no development at all is skipped', () => {
    const issues = [generateIssue({ key: 'FW-12', assignee: 'dana' })];
    const withOther = run(generateSnapshot({ issues, development: { '99999': { branches: [{ name: 'x' }] } } }));
    expect(findingsOf(withOther, 'smart-commit')).toEqual([]);
    expect(withOther.skipped.map((s) => s.check)).not.toContain('smart-commit');
    const none = run(generateSnapshot({ issues }));
    expect(none.skipped.map((s) => s.check)).toEqual(expect.arrayContaining(['smart-commit', 'review-pr']));
  });
});

describe('#time syntax', () => {
  test.each([
    ['FW-1 #time 1w 2d 4h 30m done', false],
    ['FW-1 #time 2h', false],
    ['FW-1 #time 45m', false],
    ['FW-1 #time 1d 30m', false],
    ['FW-1 #TIME 1h', false],
    ['no command at all', false],
    ['FW-1 #time', true],
    ['FW-1 #time 2 hours', true],
    ['FW-1 #time 1h2m', true],
    ['FW-1 #time 1h 1w', true],
    ['FW-1 #time 1h #time x', true],
  ])('%s -> bad: %s', (message, bad) => {
    expect(hasBadTimeCommand(message)).toBe(bad);
  });
});
