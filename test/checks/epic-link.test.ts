import { findingsOf, generateIssue, generateSnapshot, run } from '../support/factories';

const missing = (key: string, accountId: string | null = 'dana') => ({
  code: 'missing',
  issueKey: key,
  accountId,
  day: null,
});
const parentOfType = (name: string, hierarchyLevel: number | undefined, key = 'FW-5') => ({
  id: '10005',
  key,
  fields: { issuetype: { name, ...(hierarchyLevel === undefined ? {} : { hierarchyLevel }) } },
});

describe('epic-link', () => {
  test.each([
    ['a team-managed parent epic', { parent: 'epic' as const }, []],
    ['a parent of hierarchy level 1 whatever its type name', { parent: parentOfType('Feature', 1) }, []],
    ['no parent', { parent: null }, [missing('FW-1')]],
    ['a non-epic parent (a story)', { parent: parentOfType('Story', 0) }, [missing('FW-1')]],
    ['a parent named Epic but at level 0', { parent: parentOfType('Epic', 0) }, [missing('FW-1')]],
    ['a parent above epic level', { parent: parentOfType('Initiative', 2) }, [missing('FW-1')]],
    ['a parent without a level, not in the sprint', { parent: { id: '10005', key: 'FW-5' } }, [missing('FW-1')]],
    ['a sub-task is skipped', { parent: parentOfType('Story', 0), subtask: true }, []],
    ['a sub-task without any parent is skipped', { parent: null, subtask: true }, []],
    ['an epic itself is skipped', { parent: null, type: 'Epic', hierarchyLevel: 1 }, []],
    ['anything above an epic is skipped', { parent: null, type: 'Initiative', hierarchyLevel: 2 }, []],
    [
      'a level -1 type without the sub-task flag is checked',
      { parent: null, type: 'Checklist item', hierarchyLevel: -1 },
      [missing('FW-1')],
    ],
    ['unassigned issues name nobody', { parent: null, assignee: null }, [missing('FW-1', null)]],
    ['done issues are checked too', { parent: null, status: 'Done' }, [missing('FW-1')]],
  ])('%s', (_name, spec, expected) => {
    const issues = [generateIssue({ key: 'FW-1', assignee: 'dana', ...spec })];
    expect(findingsOf(run(generateSnapshot({ issues })), 'epic-link')).toEqual(expected);
  });

  test.each([
    ['an epic of the sprint', 1, []],
    ['a story of the sprint', 0, [missing('FW-1')]],
  ])('a parent without its issue type is looked up among the sprint issues: %s', (_name, level, expected) => {
    const issues = [
      generateIssue({ key: 'FW-1', assignee: 'dana', parent: { id: '10009', key: 'FW-9' } }),
      generateIssue({
        key: 'FW-9',
        type: level === 1 ? 'Epic' : 'Story',
        hierarchyLevel: level,
        parent: level === 1 ? null : 'epic',
      }),
    ];
    expect(findingsOf(run(generateSnapshot({ issues })), 'epic-link')).toEqual(expected);
  });

  test("the parent field's own level wins over the sprint's copy", () => {
    const issues = [
      generateIssue({ key: 'FW-1', assignee: 'dana', parent: parentOfType('Epic', 1, 'FW-9') }),
      generateIssue({ key: 'FW-9', type: 'Story', hierarchyLevel: 0 }),
    ];
    expect(findingsOf(run(generateSnapshot({ issues })), 'epic-link')).toEqual([]);
  });

  test('an error naming the parent that is not an epic, or none', () => {
    const issues = [
      generateIssue({ key: 'FW-1', assignee: 'dana', parent: parentOfType('Story', 0) }),
      generateIssue({ key: 'FW-2', assignee: 'dana', parent: null }),
    ];
    const findings = run(generateSnapshot({ issues })).findings.filter((f) => f.check === 'epic-link');
    expect(findings.map((f) => [f.issueKey, f.severity, f.data])).toEqual([
      ['FW-1', 'error', { parent: 'FW-5' }],
      ['FW-2', 'error', {}],
    ]);
  });
});
