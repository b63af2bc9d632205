import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from '../../src/engine/walk';
import { DEMO_AT, DEMO_USERS, generateDemoSnapshot } from '../../dev/demo/demo-snapshot';
import { CHECK_IDS } from '../../src/core/check-ids';

const FIXTURE = join(__dirname, '..', 'fixtures', 'demo-snapshot.json');
const john = DEMO_USERS.john.accountId;
const jeffrey = DEMO_USERS.jeffrey.accountId;
const tess = DEMO_USERS.tess.accountId;

/** The demo walk, written out by hand from the story in src/demo/demo-snapshot.ts. */
const EXPECTED = [
  ['error', 'blocked', 'blocked', 'FW-137', null, null],
  ['error', 'ci', 'failing', 'FW-131', null, null],
  ['error', 'daily-worklog', 'missing', 'FW-105', john, '2026-11-18'],
  ['error', 'done', 'open-subtasks', 'FW-109', jeffrey, null],
  ['error', 'epic-link', 'missing', 'FW-130', null, null],
  ['error', 'focus-in', 'missing', null, john, '2026-11-19'],
  ['error', 'focus-out', 'missing', null, john, '2026-11-18'],
  ['error', 'merge', 'ci-failed', 'FW-108', jeffrey, null],
  ['error', 'owner', 'none', 'FW-130', null, null],
  ['error', 'owner', 'none', 'FW-131', null, null],
  ['error', 'owner', 'none', 'FW-132', null, null],
  ['error', 'owner', 'none', 'FW-133', null, null],
  ['error', 'owner', 'none', 'FW-135', null, null],
  ['error', 'review-pr', 'no-pr', 'FW-132', null, null],
  ['error', 'risk', 'materialized', null, tess, null],
  ['error', 'risk', 'materialized', null, tess, null],
  ['error', 'risk', 'no-mitigation', null, tess, null],
  ['error', 'status-column', 'outside', 'FW-130', null, null],
  ['error', 'version', 'overdue', null, null, null],
  ['error', 'version', 'blocked', null, null, null],
  ['warning', 'blocked', 'blocked', 'FW-136', null, null],
  ['warning', 'ci', 'missing', 'FW-110', DEMO_USERS.walter.accountId, null],
  ['warning', 'daily-worklog', 'missing', 'FW-106', john, '2026-11-18'],
  ['warning', 'done', 'open-pr', 'FW-109', jeffrey, null],
  ['warning', 'focus-column', 'none', null, jeffrey, null],
  ['warning', 'focus-in', 'late', null, john, '2026-11-18'],
  ['warning', 'labels', 'none', 'FW-130', null, null],
  ['warning', 'labels', 'type', 'FW-130', null, null],
  ['warning', 'merge', 'unapproved', 'FW-109', jeffrey, null],
  ['warning', 'open-question', 'unanswered', 'FW-135', DEMO_USERS.fowley.accountId, null],
  ['warning', 'reading', 'short', null, john, '2026-11-18'],
  ['warning', 'ready', 'no-acceptance', 'FW-151', null, null],
  ['warning', 'ready', 'no-description', 'FW-151', null, null],
  ['warning', 'ready', 'no-estimate', 'FW-152', null, null],
  ['warning', 'ready', 'no-acceptance', 'FW-153', null, null],
  ['warning', 'ready', 'no-epic', 'FW-154', null, null],
  ['warning', 'release', 'no-fix-version', 'FW-106', john, null],
  ['warning', 'review-pr', 'no-approval', 'FW-131', null, null],
  ['warning', 'review-pr', 'stale', 'FW-131', null, null],
  ['warning', 'review-pr', 'too-large', 'FW-131', null, null],
  ['warning', 'risk', 'no-owner', null, null, null],
  ['warning', 'risk', 'stale', null, tess, null],
  ['warning', 'smart-commit', 'branch-name', 'FW-105', john, null],
  ['warning', 'smart-commit', 'branch-name', 'FW-120', DEMO_USERS.krycek.accountId, null],
  ['warning', 'smart-commit', 'commit-message', 'FW-120', DEMO_USERS.krycek.accountId, null],
  ['warning', 'smart-commit', 'smart-commit-syntax', 'FW-120', DEMO_USERS.krycek.accountId, null],
  ['warning', 'smart-commit', 'no-dev', 'FW-133', null, null],
  ['warning', 'version', 'at-risk', null, null, null],
  ['warning', 'workload', 'overloaded', null, john, null],
  ['warning', 'workload', 'idle', null, jeffrey, null],
  ['info', 'blocked', 'blocked', 'FW-134', null, null],
  ['info', 'labels', 'unknown', 'FW-131', null, null],
  ['info', 'review-pr', 'no-key', 'FW-131', null, null],
  ['info', 'version', 'no-date', null, null, null],
];

describe('the demo snapshot', () => {
  const fixture: unknown = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  const report = walk(fixture, {}, DEMO_AT);

  test('the committed fixture is what the seeded generator writes (npm run demo)', () => {
    expect(generateDemoSnapshot()).toEqual(fixture);
  });

  test('its walk gives exactly the findings written out by hand', () => {
    const rows = report.findings.map((f) => [f.severity, f.check, f.code, f.issueKey, f.accountId, f.day]);
    expect(rows).toEqual(EXPECTED);
  });

  test('every check and every code fires at least once', () => {
    const codes = new Set(report.findings.map((f) => `${f.check}:${f.code}`));
    for (const id of CHECK_IDS) expect([...codes].some((c) => c.startsWith(`${id}:`))).toBe(true);
    expect(codes.size).toBe(25 + 19); // all the codes of checks.md and checks-delivery.md
  });

  test('escalation levels 1, 2 and 3 are all present', () => {
    expect(report.findings.filter((f) => f.check === 'blocked').map((f) => [f.issueKey, f.data.level])).toEqual([
      ['FW-137', 3],
      ['FW-136', 2],
      ['FW-134', 1],
    ]);
  });

  test('a team of six, most of them green; the score', () => {
    expect(report.members.map((m) => [m.displayName, m.status])).toEqual([
      ['Dana Scully', 'green'],
      ['Fox Mulder', 'green'],
      ['Jeffrey Spender', 'red'],
      ['John Doggett', 'red'],
      ['Monica Reyes', 'green'],
      ['Walter Skinner', 'amber'],
    ]);
    // 6 members x 5 scored checks = 30 pairs, 5 with findings.
    expect(report.score).toBe(83);
    expect(report.skipped).toEqual([]);
  });

  test('the delivery subjects: versions and risks by id; the next sprint 2 of 6 ready; a cross-team blocker', () => {
    expect(report.findings.filter((f) => f.subject !== null).map((f) => `${f.code} ${f.subject}`)).toEqual([
      'materialized risk:1',
      'materialized risk:2',
      'no-mitigation risk:2',
      'overdue version:10302',
      'blocked version:10400',
      'no-owner risk:3',
      'stale risk:4',
      'at-risk version:10400',
      'no-date version:10500',
    ]);
    expect(report.readiness).toEqual({ share: 33, sprint: 'FW Sprint 8', checked: 6, ready: 2 });
    const fw136 = report.findings.find((f) => f.check === 'blocked' && f.issueKey === 'FW-136');
    expect(fw136?.data).toMatchObject({ crossTeam: true, crossTeamProjects: ['OPS'], blockers: ['OPS-12'] });
  });

  test('a different seed changes the data, not the findings', () => {
    const other = walk(generateDemoSnapshot(7), {}, DEMO_AT);
    expect(other.findings.map((f) => [f.check, f.code, f.issueKey, f.accountId, f.day])).toEqual(
      EXPECTED.map((r) => r.slice(1)),
    );
  });
});
