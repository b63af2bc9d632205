import {
  generateComment,
  generateIssue,
  generateSnapshot,
  generateUser,
  generateWorklog,
  run,
} from '../support/factories';
import { compareFindings } from '../../src/engine/finding';

const users = [
  generateUser({ accountId: 'ann', displayName: 'Ann' }),
  generateUser({ accountId: 'ben', displayName: 'Ben' }),
];
const focus = (author: string, day: string, kind: 'in' | 'out') =>
  generateComment({ author, created: `${day}T${kind === 'in' ? '08' : '17'}:00:00.000+0000`, text: `Focus ${kind}` });

/** Ann does everything right; Ben has no Focus Out yesterday. */
function team() {
  const annDone = [
    focus('ann', '2026-11-18', 'in'),
    focus('ann', '2026-11-18', 'out'),
    focus('ann', '2026-11-19', 'in'),
  ];
  const benDone = [focus('ben', '2026-11-18', 'in'), focus('ben', '2026-11-19', 'in')];
  return [
    generateIssue({
      key: 'FW-1',
      assignee: 'ann',
      comments: annDone,
      worklogs: [generateWorklog({ author: 'ann', started: '2026-11-18T09:00:00.000+0000' })] as never,
    }),
    generateIssue({
      key: 'FW-2',
      assignee: 'ben',
      comments: benDone,
      worklogs: [generateWorklog({ author: 'ben', started: '2026-11-18T09:00:00.000+0000' })] as never,
    }),
  ];
}
const readingLog = [
  { accountId: 'ann', date: '2026-11-18', minutes: 60 },
  { accountId: 'ben', date: '2026-11-18', minutes: 60 },
];

describe('the report', () => {
  test('score: the share of clean (member, scored check) pairs, rounded down', () => {
    const report = run(generateSnapshot({ issues: team(), users: users, readingLog }));
    // 2 members x 5 checks = 10 pairs; Ben's focus-out is the one finding: 90.
    expect(report.findings.map((f) => [f.check, f.accountId])).toEqual([['focus-out', 'ben']]);
    expect(report.score).toBe(90);
  });

  test('skipped and disabled checks are left out of the score', () => {
    // Without the reading log: 8 pairs, 7 clean -> 87.
    expect(run(generateSnapshot({ issues: team(), users: users })).score).toBe(87);
    // focus-out disabled too: 6 pairs, all clean.
    expect(run(generateSnapshot({ issues: team(), users: users }), { checks: { 'focus-out': false } }).score).toBe(100);
  });

  test('no pairs at all: score 100', () => {
    expect(run(generateSnapshot({ issues: [] })).score).toBe(100);
  });

  test('a disabled check produces nothing', () => {
    const issues = [generateIssue({ key: 'FW-1', assignee: 'ann', labels: [] })];
    expect(
      run(generateSnapshot({ issues, users: users }), { checks: { labels: false } }).findings.some(
        (f) => f.check === 'labels',
      ),
    ).toBe(false);
  });

  test('member summaries: status by worst finding, active issues', () => {
    const report = run(generateSnapshot({ issues: team(), users: users, readingLog }));
    expect(report.members).toEqual([
      expect.objectContaining({
        accountId: 'ann',
        displayName: 'Ann',
        status: 'green',
        activeIssues: ['FW-1'],
        prevWorkingDay: '2026-11-18',
        today: '2026-11-19',
      }),
      expect.objectContaining({
        accountId: 'ben',
        status: 'red',
        activeIssues: ['FW-2'],
        counts: { error: 1, warning: 0, info: 0 },
      }),
    ]);
  });

  test('an info finding leaves a member green', () => {
    const issues = [...team()];
    issues[0] = generateIssue({
      ...{ key: 'FW-1', assignee: 'ann', labels: ['feature', 'extra'] },
      comments: (team()[0] as { fields: { comment: { comments: never[] } } }).fields.comment.comments,
      worklogs: [generateWorklog({ author: 'ann', started: '2026-11-18T09:00:00.000+0000' })] as never,
    });
    const report = run(generateSnapshot({ issues, users: users, readingLog }));
    expect(report.findings.filter((f) => f.accountId === 'ann').map((f) => f.severity)).toEqual(['info']);
    expect(report.members[0]?.status).toBe('green');
  });

  test('findings are sorted by severity, check, issueKey, accountId, day and never repeated', () => {
    const issues = [
      generateIssue({ key: 'FW-3', assignee: null, parent: null, labels: [], status: 'Waiting' }),
      generateIssue({ key: 'FW-1', assignee: 'ann', parent: null, labels: ['x'] }),
    ];
    const report = run(generateSnapshot({ issues, users: users }));
    const sorted = [...report.findings].sort(compareFindings);
    expect(report.findings).toEqual(sorted);
    const keys = report.findings.map((f) => [f.check, f.code, f.issueKey, f.accountId, f.day].join('|'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(report.findings[0]?.severity).toBe('error');
  });

  test('the JSON report has the shape of cli.md', () => {
    const report = run(generateSnapshot({ issues: team(), users: users }));
    expect(Object.keys(report).sort()).toEqual(['at', 'findings', 'members', 'project', 'score', 'skipped', 'sprint']);
    expect(report.at).toBe('2026-11-19T12:00:00.000Z');
    expect(report.sprint?.name).toBe('FW Sprint 7');
  });
});
