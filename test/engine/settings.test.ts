import { InputError } from '../../src/core/input-error';
import { parseSettings } from '../../src/settings/schema';

function rejection(input: unknown): { path: string; message: string } {
  try {
    parseSettings(input);
  } catch (error) {
    if (error instanceof InputError) return { path: error.path, message: error.message };
    throw error;
  }
  throw new Error('expected the settings to be rejected');
}

describe('settings', () => {
  test('defaults of settings.md', () => {
    const s = parseSettings(undefined);
    expect(s.profile).toBe('focus-walk');
    expect(s.focusStatuses).toEqual(['Design', 'Research', 'Optimize', 'Implement', 'Deploy']);
    expect(s.reviewStatuses).toEqual(['Review', 'In Review']);
    expect(s.codeStatuses).toEqual(['Implement', 'Review', 'In Review']);
    expect(s.deployStatuses).toEqual(['Deploy']);
    expect(s.pr).toEqual({ maxLines: 400, minApprovals: 1, maxReviewDays: 2 });
    expect(s.blocked).toEqual({ escalateDays: [2, 5], criticalPriorities: ['Highest', 'Blocker'], crossTeamLevel: 2 });
    // checks-delivery.md's settings table
    expect(s.ready).toEqual({
      statuses: ['Ready'],
      maxIssues: 200,
      minDescription: 30,
      acceptancePattern: 'acceptance criteria|\\bgiven\\b[\\s\\S]*\\bwhen\\b[\\s\\S]*\\bthen\\b',
      acceptanceTypes: ['Story', 'Bug'],
      estimateTypes: ['Story', 'Task', 'Bug'],
    });
    expect(s.release).toEqual({ horizonDays: 5 });
    expect(s.risks).toEqual({ reviewDays: 7, mitigateFrom: 12 });
    expect(s.reading).toEqual({ targetMinutes: 60, spaces: [] });
    expect(s.timezone).toBe('UTC');
    expect(s.focusInDueBy).toBe('10:00');
    expect(Object.values(s.checks).every(Boolean)).toBe(true);
    expect(s.checklist).toHaveLength(29);
    expect(s.checklist.filter((i) => i.cadence === 'weekly')).toHaveLength(12); // the seed's 11 and the risk review
  });

  test('the octoacme profile presets the status lists; explicit keys override it', () => {
    const s = parseSettings({ profile: 'octoacme', reviewStatuses: ['Code Review'] });
    expect(s.focusStatuses).toEqual(['In Progress', 'QA']);
    expect(s.reviewStatuses).toEqual(['Code Review']);
    expect(s.codeStatuses).toEqual(['In Progress', 'In Review']);
    expect(s.deployStatuses).toEqual(['QA']);
    expect(s.checklist.length).toBeGreaterThan(28);
    expect(s.checklist.map((i) => i.id)).toContain('release-readiness');
  });

  test('nested keys keep their sibling defaults', () => {
    expect(parseSettings({ pr: { maxLines: 250 } }).pr).toEqual({ maxLines: 250, minApprovals: 1, maxReviewDays: 2 });
  });

  test('checks: false disables', () => {
    expect(parseSettings({ checks: { labels: false } }).checks.labels).toBe(false);
  });

  test.each([
    ['an unknown key', { focusStatus: ['Design'] }, 'focusStatus'],
    ['an unknown nested key', { pr: { maxLine: 3 } }, 'pr.maxLine'],
    ['a wrong type', { questionWindowDays: 'seven' }, 'questionWindowDays'],
    ['a bad regular expression', { focusInPattern: '^focus(' }, 'focusInPattern'],
    ['a bad branch pattern', { branchPattern: '[' }, 'branchPattern'],
    ['an unknown check id', { checks: { 'focus-walk': false } }, 'checks'],
    ['an unknown profile', { profile: 'kanban' }, 'profile'],
    ['a fixed offset is not a time zone', { timezone: 'UTC+3' }, 'timezone'],
    ['a bad time of day', { focusInDueBy: '25:00' }, 'focusInDueBy'],
    ['a bad holiday', { holidays: ['2026-13-01x'] }, 'holidays[0]'],
    ['a working day out of range', { workingDays: [0] }, 'workingDays[0]'],
    [
      'an unknown check in the checklist',
      { checklist: [{ id: 'x', title: 'X', cadence: 'daily', check: 'nope' }] },
      'checklist[0].check',
    ],
    ['escalation days in the wrong order', { blocked: { escalateDays: [5, 2] } }, 'blocked.escalateDays'],
    ['not an object', [1, 2], ''],
  ])('rejects %s, naming it', (_name, input, path) => {
    const { path: got, message } = rejection(input);
    expect(got.startsWith(path)).toBe(true);
    expect(message).toContain('settings');
    if (path) expect(message).toContain(path);
  });
});

describe('the delivery settings (checks-delivery.md)', () => {
  test.each([
    [{ ready: { maxIssues: 0 } }, 'ready.maxIssues'],
    [{ ready: { acceptancePattern: '(' } }, 'ready.acceptancePattern'],
    [{ ready: { unknown: 1 } }, 'ready'],
    [{ release: { horizonDays: -1 } }, 'release.horizonDays'],
    [{ risks: { mitigateFrom: 26 } }, 'risks.mitigateFrom'],
    [{ blocked: { crossTeamLevel: 4 } }, 'blocked.crossTeamLevel'],
  ])('%j is rejected, naming %s', (input, field) => {
    expect(() => parseSettings(input)).toThrow(field);
  });

  test('explicit keys override the defaults, one by one', () => {
    const s = parseSettings({ ready: { statuses: ['Selected'] }, blocked: { crossTeamLevel: 1 } });
    expect(s.ready.statuses).toEqual(['Selected']);
    expect(s.ready.maxIssues).toBe(200);
    expect(s.blocked.crossTeamLevel).toBe(1);
    expect(s.blocked.escalateDays).toEqual([2, 5]);
  });
});

describe('the checklist items checks-delivery.md names', () => {
  test.each([
    ['focus-walk', 'risk-review', ['risk']],
    ['focus-walk', 'upcoming-issues', ['ready']],
    ['focus-walk', 'ci-cd', ['ci']],
    ['octoacme', 'risk-register', ['risk']],
    ['octoacme', 'ci-tests-lint', ['ci']],
    ['octoacme', 'release-readiness', ['release', 'version']],
    ['octoacme', 'role-owners', ['owner']],
  ] as const)('%s: %s is judged by %j', (profile, id, checks) => {
    const item = parseSettings({ profile }).checklist.find((i) => i.id === id);
    expect(item?.checks).toEqual(checks);
  });

  test('the octoacme checklist has no item twice', () => {
    const ids = parseSettings({ profile: 'octoacme' }).checklist.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
