import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from '../../src/engine/walk';
import { DEMO_AT, DEMO_USERS, generateDemoSnapshot } from '../../dev/demo/demo-snapshot';
import { CHECK_IDS } from '../../src/core/check-ids';

const FIXTURE = join(__dirname, '..', 'fixtures', 'demo-snapshot.json');
const john = DEMO_USERS.john.accountId;
const jeffrey = DEMO_USERS.jeffrey.accountId;

/** The demo walk, written out by hand from the story in src/demo/demo-snapshot.ts. */
const EXPECTED = [
  ['error', 'blocked', 'blocked', 'FW-137', null, null],
  ['error', 'daily-worklog', 'missing', 'FW-105', john, '2026-11-18'],
  ['error', 'epic-link', 'missing', 'FW-130', null, null],
  ['error', 'focus-in', 'missing', null, john, '2026-11-19'],
  ['error', 'focus-out', 'missing', null, john, '2026-11-18'],
  ['error', 'review-pr', 'no-pr', 'FW-132', null, null],
  ['error', 'status-column', 'outside', 'FW-130', null, null],
  ['warning', 'blocked', 'blocked', 'FW-136', null, null],
  ['warning', 'daily-worklog', 'missing', 'FW-106', john, '2026-11-18'],
  ['warning', 'focus-column', 'none', null, jeffrey, null],
  ['warning', 'focus-in', 'late', null, john, '2026-11-18'],
  ['warning', 'labels', 'none', 'FW-130', null, null],
  ['warning', 'labels', 'type', 'FW-130', null, null],
  ['warning', 'open-question', 'unanswered', 'FW-135', DEMO_USERS.fowley.accountId, null],
  ['warning', 'reading', 'short', null, john, '2026-11-18'],
  ['warning', 'release', 'no-fix-version', 'FW-106', john, null],
  ['warning', 'review-pr', 'no-approval', 'FW-131', null, null],
  ['warning', 'review-pr', 'stale', 'FW-131', null, null],
  ['warning', 'review-pr', 'too-large', 'FW-131', null, null],
  ['warning', 'smart-commit', 'branch-name', 'FW-105', john, null],
  ['warning', 'smart-commit', 'branch-name', 'FW-120', DEMO_USERS.krycek.accountId, null],
  ['warning', 'smart-commit', 'commit-message', 'FW-120', DEMO_USERS.krycek.accountId, null],
  ['warning', 'smart-commit', 'smart-commit-syntax', 'FW-120', DEMO_USERS.krycek.accountId, null],
  ['warning', 'smart-commit', 'no-dev', 'FW-133', null, null],
  ['warning', 'workload', 'overloaded', null, john, null],
  ['warning', 'workload', 'idle', null, jeffrey, null],
  ['info', 'blocked', 'blocked', 'FW-134', null, null],
  ['info', 'labels', 'unknown', 'FW-131', null, null],
  ['info', 'review-pr', 'no-key', 'FW-131', null, null],
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
    expect(codes.size).toBe(25); // all the codes of checks.md
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
      ['Jeffrey Spender', 'amber'],
      ['John Doggett', 'red'],
      ['Monica Reyes', 'green'],
      ['Walter Skinner', 'green'],
    ]);
    // 6 members x 5 scored checks = 30 pairs, 5 with findings.
    expect(report.score).toBe(83);
    expect(report.skipped).toEqual([]);
  });

  test('a different seed changes the data, not the findings', () => {
    const other = walk(generateDemoSnapshot(7), {}, DEMO_AT);
    expect(other.findings.map((f) => [f.check, f.code, f.issueKey, f.accountId, f.day])).toEqual(
      EXPECTED.map((r) => r.slice(1)),
    );
  });
});
