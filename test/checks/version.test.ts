import {
  blockedBy,
  generateIssue,
  generateSnapshot,
  generateUser,
  issueId,
  pullRequest,
  run,
  subjectFindingsOf,
} from '../support/factories';

// AT is Thursday 2026-11-19, 12:00 UTC; settings.timezone UTC.
const users = [generateUser({ accountId: 'dana' })];
const version = (spec: {
  releaseDate?: string | null;
  toDo?: number;
  inProgress?: number;
  done?: number;
  id?: string;
}) => ({
  id: spec.id ?? '1',
  name: 'v1.0',
  releaseDate: spec.releaseDate === undefined ? '2026-11-26' : spec.releaseDate,
  released: false,
  archived: false,
  overdue: false,
  issuesStatusForFixVersion: {
    unmapped: 0,
    toDo: spec.toDo ?? 0,
    inProgress: spec.inProgress ?? 0,
    done: spec.done ?? 4,
  },
});
const row = (code: string, id = '1') => ({
  code,
  issueKey: null,
  accountId: null,
  day: null,
  subject: `version:${id}`,
});
const walkWith = (
  versions: unknown[],
  issues: Array<Record<string, unknown>> = [],
  settings: unknown = {},
  extra: Record<string, unknown> = {},
) => run(generateSnapshot({ issues, users, versions, ...extra }), settings);

describe('version (checks-delivery.md)', () => {
  test.each([
    ['due in 5 working days with unresolved issues', { toDo: 1, inProgress: 1 }, [row('at-risk')]],
    ['due in 5 working days, all done', {}, []],
    ['due in 6 working days: outside the horizon', { releaseDate: '2026-11-27', toDo: 1 }, []],
    ['due today with unresolved issues (d = 0)', { releaseDate: '2026-11-19', inProgress: 2 }, [row('at-risk')]],
    ['the release date passed: overdue', { releaseDate: '2026-11-18' }, [row('overdue')]],
    ['overdue with open work: overdue only (d < 0)', { releaseDate: '2026-11-18', toDo: 3 }, [row('overdue')]],
    ['a weekend between counts no working day', { releaseDate: '2026-11-23', toDo: 1 }, [row('at-risk')]],
    ['no release date and no sprint issue with it', { releaseDate: null }, []],
  ])('%s', (_name, spec, expected) => {
    expect(subjectFindingsOf(walkWith([version(spec)]), 'version')).toEqual(expected);
  });

  test('at-risk counts the unresolved issues; a warning; the horizon from settings', () => {
    const [f] = walkWith([version({ toDo: 2, inProgress: 1 })]).findings.filter((x) => x.check === 'version');
    expect(f).toMatchObject({ severity: 'warning', data: { unresolved: 3, days: 5 } });
    expect(subjectFindingsOf(walkWith([version({ toDo: 1 })], [], { release: { horizonDays: 4 } }), 'version')).toEqual(
      [],
    );
  });

  test('working days skip holidays', () => {
    const spec = { releaseDate: '2026-11-27', toDo: 1 };
    expect(subjectFindingsOf(walkWith([version(spec)], [], { holidays: ['2026-11-26'] }), 'version')).toEqual([
      row('at-risk'),
    ]);
  });

  test('blocked: a sprint issue of the version blocked at level 3, or failing CI on an open pull request', () => {
    const blockedIssue = generateIssue({
      key: 'FW-1',
      assignee: 'dana',
      fixVersions: ['v1.0'],
      priority: 'Highest',
      links: [blockedBy('FW-9')],
    });
    const failing = generateIssue({ key: 'FW-2', assignee: 'dana', fixVersions: ['v1.0'] });
    const development = {
      [issueId('FW-2')]: {
        pullRequests: [pullRequest({ id: '7', ci: { state: 'failure', failed: ['unit'], url: null } })],
      },
    };
    const report = walkWith([version({})], [blockedIssue, failing], {}, { development });
    const found = report.findings.filter((f) => f.check === 'version');
    expect(found.map((f) => [f.code, f.severity])).toEqual([['blocked', 'error']]);
    expect(found[0]!.data).toMatchObject({ blockers: ['FW-1'], failing: ['FW-2'] });
  });

  test('a level-2 blocker does not block the release; outside the horizon neither does level 3', () => {
    // Blocked since its creation on Monday: 3 working days, level 2.
    const levelTwo = generateIssue({
      key: 'FW-1',
      assignee: 'dana',
      fixVersions: ['v1.0'],
      links: [blockedBy('FW-9')],
      created: '2026-11-16T09:00:00.000+0000',
    });
    expect(subjectFindingsOf(walkWith([version({})], [levelTwo]), 'version')).toEqual([]);
    const levelThree = generateIssue({
      key: 'FW-1',
      assignee: 'dana',
      fixVersions: ['v1.0'],
      priority: 'Highest',
      links: [blockedBy('FW-9')],
    });
    expect(subjectFindingsOf(walkWith([version({ releaseDate: '2026-12-31' })], [levelThree]), 'version')).toEqual([]);
  });

  test('no-date: an undated version that a sprint issue carries (info)', () => {
    const issue = generateIssue({ key: 'FW-1', assignee: 'dana', fixVersions: ['v1.0'] });
    const found = walkWith([version({ releaseDate: null })], [issue]).findings.filter((f) => f.check === 'version');
    expect(found.map((f) => [f.code, f.severity, f.subject, f.data.issueKeys])).toEqual([
      ['no-date', 'info', 'version:1', ['FW-1']],
    ]);
  });

  test('released and archived versions are not checked; each version is its own subject', () => {
    const released = { ...version({ id: '2', releaseDate: '2026-11-01' }), released: true };
    const archived = { ...version({ id: '3', releaseDate: '2026-11-01' }), archived: true };
    const report = walkWith([
      version({ id: '1', releaseDate: '2026-11-18' }),
      version({ id: '4', releaseDate: '2026-11-18' }),
      released,
      archived,
    ]);
    expect(subjectFindingsOf(report, 'version')).toEqual([row('overdue', '1'), row('overdue', '4')]);
  });

  test("today is the project's date (settings.timezone)", () => {
    // 2026-11-19T12:00Z is already 2026-11-20 in Auckland: the 19th has passed there.
    const spec = { releaseDate: '2026-11-19' };
    expect(subjectFindingsOf(walkWith([version(spec)]), 'version')).toEqual([]);
    expect(subjectFindingsOf(walkWith([version(spec)], [], { timezone: 'Pacific/Auckland' }), 'version')).toEqual([
      row('overdue'),
    ]);
  });

  test('without versions the check is skipped', () => {
    expect(run(generateSnapshot({ issues: [], users })).skipped.map((s) => s.check)).toContain('version');
  });
});
