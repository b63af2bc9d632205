import { finding } from '../../src/engine/check';
import type { Report } from '../../src/engine/report';
import { parseSettings } from '../../src/settings/schema';
import { suggestedRisks } from '../../src/app/risks/suggested-risks';

const settings = parseSettings({ blocked: { escalateDays: [2, 5] } });
const report = (findings: Report['findings']): Report => ({
  at: '2026-11-19T17:30:00.000Z',
  project: { id: '1', key: 'FW', name: 'Focus Walk' },
  sprint: null,
  score: 50,
  members: [],
  findings,
  skipped: [],
});
const blocker = (key: string, level: number, days: number, crossTeam: boolean) =>
  finding('blocked', 'blocked', 'warning', { issueKey: key, accountId: null }, `${key} is blocked`, {
    level,
    days,
    crossTeam,
    blockers: crossTeam ? ['OPS-1'] : ['FW-9'],
    summary: `Summary of ${key}`,
  });

test("another team's blocker is proposed only once it is older than the level-2 threshold", () => {
  const found = suggestedRisks(
    report([blocker('FW-1', 2, 2, true), blocker('FW-2', 2, 3, true), blocker('FW-3', 2, 9, false)]),
    settings,
    new Set(),
  );
  expect(found.map((s) => s.cause)).toEqual(['blocked:FW-2']);
});

test('a level-3 blocker is proposed with its own-project blockers linked; a taken cause is not', () => {
  const all = suggestedRisks(report([blocker('FW-4', 3, 1, false), blocker('FW-5', 3, 6, false)]), settings, new Set());
  expect(all.map((s) => [s.cause, s.issueKeys, s.description])).toEqual([
    ['blocked:FW-4', ['FW-4', 'FW-9'], 'FW-4 is blocked at escalation level 3 (1 working day), by 1 issue.'],
    ['blocked:FW-5', ['FW-5', 'FW-9'], 'FW-5 is blocked at escalation level 3 (6 working days), by 1 issue.'],
  ]);
  expect(suggestedRisks(report([blocker('FW-4', 3, 1, false)]), settings, new Set(['blocked:FW-4']))).toEqual([]);
});

test('a version at risk and blocked is one suggestion, the stronger, with the issues of both', () => {
  const v = (code: string, data: Record<string, unknown>) =>
    finding('version', code, 'error', { subject: 'version:7' }, `1.0 ${code}`, { version: '1.0', days: 2, ...data });
  const found = suggestedRisks(
    report([v('at-risk', { unresolved: 4 }), v('blocked', { blockers: ['FW-8'], failing: ['FW-6'] })]),
    settings,
    new Set(),
  );
  expect(found).toEqual([
    expect.objectContaining({
      cause: 'version:7',
      title: '1.0 may miss its release date',
      description: '1.0 ships in 2 working days with 1 issue blocked at level 3 and 1 with failing CI.',
      probability: 4,
      issueKeys: ['FW-6', 'FW-8'],
    }),
  ]);
  // Overdue and no-date are findings of their own, not risks to propose.
  expect(suggestedRisks(report([v('overdue', {}), v('no-date', {})]), settings, new Set())).toEqual([]);
});
