import { adf, findingsOf, generateIssue, generateSnapshot, generateUser, run } from '../support/factories';

const users = [generateUser({ accountId: 'dana' })];
const GOOD = 'As a TPM I want the walk daily. Acceptance criteria: the walk runs at nine.';
const EPIC = { id: '9001', key: 'FW-1000', fields: { issuetype: { name: 'Epic', hierarchyLevel: 1 } } };

interface Spec {
  key?: string;
  type?: string;
  description?: unknown;
  points?: number | null;
  parent?: unknown;
  subtask?: boolean;
  hierarchyLevel?: number;
}
const upcomingIssue = (spec: Spec = {}) => ({
  id: '2' + (spec.key ?? 'FW-50').split('-')[1],
  key: spec.key ?? 'FW-50',
  fields: {
    summary: 'Next up',
    status: { name: 'To Do', statusCategory: { key: 'new' } },
    issuetype: { name: spec.type ?? 'Story', subtask: spec.subtask ?? false, hierarchyLevel: spec.hierarchyLevel ?? 0 },
    ...(spec.parent === null ? {} : { parent: spec.parent ?? EPIC }),
    description: spec.description === undefined ? adf(GOOD) : spec.description,
    assignee: null,
    ...(spec.points === undefined
      ? { customfield_10016: 3 }
      : spec.points === null
        ? {}
        : { customfield_10016: spec.points }),
  },
});
const sprint = { id: 8, name: 'FW Sprint 8', state: 'future', startDate: '2026-11-23T08:00:00.000Z' };
const walkWith = (issues: unknown[], settings: unknown = {}) =>
  run(
    generateSnapshot({
      issues: [generateIssue({ key: 'FW-1', assignee: 'dana' })],
      users,
      upcoming: { sprint, issues },
    }),
    settings,
  );
const row = (code: string, issueKey = 'FW-50') => ({ code, issueKey, accountId: null, day: null });

describe('ready (checks-delivery.md)', () => {
  test.each([
    ['a ready story', {}, []],
    ['no description', { description: null }, [row('no-acceptance'), row('no-description')]],
    [
      'a description of 29 characters after trimming',
      { description: adf(`  ${'x'.repeat(29)}  `) },
      [row('no-acceptance'), row('no-description')],
    ],
    ['30 characters with acceptance criteria', { description: 'acceptance criteria: ' + 'x'.repeat(9) }, []],
    ['a plain-text description is read too', { description: GOOD }, []],
    [
      'given / when / then counts as acceptance',
      { description: adf('Given a sprint', 'When the walk runs', 'Then it lists the findings') },
      [],
    ],
    ['long, but no acceptance criteria', { description: adf('x'.repeat(80)) }, [row('no-acceptance')]],
    ['a task needs no acceptance criteria', { type: 'Task', description: adf('x'.repeat(80)) }, []],
    ['no story points', { points: null }, [row('no-estimate')]],
    ['zero points is an estimate', { points: 0 }, []],
    ['a spike needs no estimate', { type: 'Spike', points: null }, []],
    ['no epic', { parent: null }, [row('no-epic')]],
    [
      'a parent that is not an epic',
      { parent: { key: 'FW-77', fields: { issuetype: { hierarchyLevel: 0 } } } },
      [row('no-epic')],
    ],
    ['a sub-task is skipped', { subtask: true, hierarchyLevel: -1, description: null, points: null }, []],
    ['an epic is skipped', { type: 'Epic', hierarchyLevel: 1, description: null, parent: null }, []],
  ])('%s', (_name, spec, expected) => {
    expect(findingsOf(walkWith([upcomingIssue(spec as Spec)]), 'ready')).toEqual(expected);
  });

  test('a parent known only by key is an epic when the walk knows it as one', () => {
    const epic = upcomingIssue({ key: 'FW-60', type: 'Epic', hierarchyLevel: 1, parent: null });
    const child = upcomingIssue({ key: 'FW-61', parent: { key: 'FW-60' } });
    expect(findingsOf(walkWith([epic, child]), 'ready')).toEqual([]);
  });

  test('settings: minDescription, acceptance pattern and types, estimate types', () => {
    const issue = upcomingIssue({ type: 'Task', description: adf('DoD: done when merged'), points: null });
    expect(findingsOf(walkWith([issue]), 'ready').map((r) => r.code)).toEqual(['no-description', 'no-estimate']);
    const settings = {
      ready: { minDescription: 5, acceptanceTypes: ['Task'], acceptancePattern: '\\bDoD\\b', estimateTypes: [] },
    };
    expect(findingsOf(walkWith([issue], settings), 'ready')).toEqual([]);
  });

  test('the report carries readiness: the share of checked issues without a finding, and the sprint name', () => {
    const issues = [
      upcomingIssue({ key: 'FW-50' }),
      upcomingIssue({ key: 'FW-51', points: null }),
      upcomingIssue({ key: 'FW-52' }),
      upcomingIssue({ key: 'FW-53', subtask: true, hierarchyLevel: -1, points: null }),
    ];
    expect(walkWith(issues).readiness).toEqual({ share: 66, sprint: 'FW Sprint 8', checked: 3, ready: 2 });
  });

  test('every finding is a warning about the upcoming issue, with its assignee', () => {
    const issue = {
      ...upcomingIssue({ points: null }),
      fields: { ...upcomingIssue({ points: null }).fields, assignee: { accountId: 'dana' } },
    };
    const found = walkWith([issue]).findings.filter((f) => f.check === 'ready');
    expect(found.map((f) => [f.code, f.severity, f.issueKey, f.accountId])).toEqual([
      ['no-estimate', 'warning', 'FW-50', 'dana'],
    ]);
  });

  test('without upcoming issues the check is skipped and the report has no readiness (cli.md keys kept)', () => {
    const report = run(generateSnapshot({ issues: [generateIssue({ key: 'FW-1', assignee: 'dana' })], users }));
    expect(report.skipped.map((s) => s.check)).toContain('ready');
    expect(report).not.toHaveProperty('readiness');
  });

  test('no upcoming issue at all: readiness 100, nothing to fix', () => {
    expect(walkWith([]).readiness).toEqual({ share: 100, sprint: 'FW Sprint 8', checked: 0, ready: 0 });
  });
});
