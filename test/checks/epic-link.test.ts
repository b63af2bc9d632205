import { findingsOf, generateIssue, generateSnapshot, run } from '../support/factories';

const missing = (key: string, accountId: string | null = 'dana') => ({ code: 'missing', issueKey: key, accountId, day: null });

describe('epic-link', () => {
  test.each([
    ['a team-managed parent epic', { parent: 'epic' as const }, []],
    ['no parent', { parent: null }, [missing('FW-1')]],
    ['a non-epic parent (a story)', { parent: { id: '10005', key: 'FW-5', fields: { issuetype: { name: 'Story', hierarchyLevel: 0 } } } }, [missing('FW-1')]],
    ['a parent above epic level', { parent: { id: '10005', key: 'FW-5', fields: { issuetype: { name: 'Initiative', hierarchyLevel: 2 } } } }, [missing('FW-1')]],
    ['a sub-task is skipped', { parent: { id: '10005', key: 'FW-5', fields: { issuetype: { name: 'Story', hierarchyLevel: 0 } } }, subtask: true }, []],
    ['an epic itself is skipped', { parent: null, type: 'Epic', hierarchyLevel: 1 }, []],
    ['unassigned issues name nobody', { parent: null, assignee: null }, [missing('FW-1', null)]],
  ])('%s', (_name, spec, expected) => {
    const issues = [generateIssue({ key: 'FW-1', assignee: 'dana', ...spec })];
    expect(findingsOf(run(generateSnapshot({ issues })), 'epic-link')).toEqual(expected);
  });

  test('a parent without its issue type is looked up among the sprint issues', () => {
    const issues = [
      generateIssue({ key: 'FW-1', assignee: 'dana', parent: { id: '10009', key: 'FW-9' } }),
      generateIssue({ key: 'FW-9', type: 'Epic', hierarchyLevel: 1, parent: null }),
    ];
    expect(findingsOf(run(generateSnapshot({ issues })), 'epic-link')).toEqual([]);
  });
});
