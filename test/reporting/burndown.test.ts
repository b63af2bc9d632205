import { parseSnapshot } from '../../src/snapshot/parse-snapshot';
import { parseSettings } from '../../src/settings/schema';
import { sprintReport } from '../../src/reporting/sprint-report';
import { generateIssue, issueId } from '../support/factories';

/**
 * A sprint rebuilt by hand (UTC, Monday to Friday): Sprint 7 runs Mon 9 Nov 08:00 to Fri 20 Nov
 * 17:00, ten working days; the walk is on Thu 19 Nov at noon. Statuses: 1 To Do, 2 Implement,
 * 3 Done (the board's last column).
 */
const SP = 'customfield_10016';
const SPRINT = 'customfield_10020';
const S7 = { id: 7, name: 'FW Sprint 7', state: 'active', boardId: 3 };
const status = (id: string) => ({
  id,
  name: { '1': 'To Do', '2': 'Implement', '3': 'Done' }[id],
  statusCategory: { key: { '1': 'new', '2': 'indeterminate', '3': 'done' }[id] },
});
const issue = (key: string, points: number | null, statusId: string, sprints: number[], created?: string) =>
  generateIssue({
    key,
    ...(created ? { created } : {}),
    fields: { status: status(statusId), [SP]: points, [SPRINT]: sprints.map((id) => ({ ...S7, id })) },
  });
const change = (key: string, created: string, item: Record<string, unknown>) => ({
  issueId: issueId(key),
  changeHistories: [{ id: `${key}-${created}`, created, items: [item] }],
});
const move = (from: string, to: string) => ({
  field: 'status',
  fieldtype: 'jira',
  fieldId: 'status',
  from,
  fromString: status(from).name,
  to,
  toString: status(to).name,
});
const estimate = (from: number, to: number) => ({
  field: 'Story point estimate',
  fieldtype: 'custom',
  fieldId: SP,
  from: null,
  fromString: String(from),
  to: null,
  toString: String(to),
});
const sprintField = (from: string, to: string) => ({
  field: 'Sprint',
  fieldtype: 'custom',
  fieldId: SPRINT,
  from,
  fromString: from ? 'FW Sprint 7' : '',
  to,
  toString: to ? 'FW Sprint 7' : '',
});

function merge(logs: Array<{ issueId: string; changeHistories: unknown[] }>) {
  const byId = new Map<string, unknown[]>();
  for (const l of logs) byId.set(l.issueId, [...(byId.get(l.issueId) ?? []), ...l.changeHistories]);
  return [...byId].map(([id, changeHistories]) => ({ issueId: id, changeHistories }));
}

function snapshot() {
  return parseSnapshot({
    version: 1,
    project: { id: '10000', key: 'FW', name: 'Focus Walk' },
    sprint: { ...S7, startDate: '2026-11-09T08:00:00.000Z', endDate: '2026-11-20T17:00:00.000Z' },
    board: {
      id: 3,
      name: 'FW board',
      columns: [
        { name: 'To Do', statusIds: ['1'] },
        { name: 'Implement', statusIds: ['2'] },
        { name: 'Done', statusIds: ['3'] },
      ],
    },
    fields: { storyPoints: SP, flagged: null, development: null, sprint: SPRINT },
    issues: [
      issue('FW-1', 5, '3', [7]), // done Wed
      issue('FW-2', 8, '2', [7]), // estimate 3 -> 8 on Tue
      issue('FW-3', 2, '2', [7]), // done Tue, reopened Thu
      issue('FW-4', 5, '2', [7]), // added Mon of week 2
      issue('FW-5', 1, '1', [7], '2026-11-17T10:00:00.000+0000'), // created into the sprint on Tue of week 2
      issue('FW-7', null, '3', [7]), // no estimate, done Fri
    ],
    changelogs: merge([
      change('FW-1', '2026-11-11T10:00:00.000+0000', move('2', '3')),
      change('FW-2', '2026-11-10T14:00:00.000+0000', estimate(3, 8)),
      change('FW-3', '2026-11-10T11:00:00.000+0000', move('2', '3')),
      change('FW-3', '2026-11-12T09:00:00.000+0000', move('3', '2')),
      change('FW-4', '2026-11-16T09:00:00.000+0000', sprintField('', '7')),
      change('FW-5', '2026-11-17T10:00:00.000+0000', move('1', '1')),
      change('FW-7', '2026-11-13T16:00:00.000+0000', move('2', '3')),
      ...['FW-1', 'FW-2', 'FW-3', 'FW-4', 'FW-5', 'FW-7'].map((k) => ({ issueId: issueId(k), changeHistories: [] })),
    ]),
    users: [],
    reporting: {
      // Removed from the sprint on Wed: no longer found by `sprint = 7`, read apart.
      issues: [issue('FW-6', 3, '2', [])],
      changelogs: [change('FW-6', '2026-11-11T15:00:00.000+0000', sprintField('7', ''))],
    },
  });
}

const AT = Date.parse('2026-11-19T12:00:00.000Z');

describe('the burndown of a sprint, rebuilt by hand', () => {
  const report = sprintReport(snapshot(), parseSettings({}), AT);
  const b = report.burndown;

  test('committed at the start: FW-1 5, FW-2 3, FW-3 2, FW-6 3, FW-7 none', () => {
    expect(b?.committed).toEqual({ points: 13, issues: 5 });
  });

  test('day by day: remaining and scope at each day end, the ideal line over ten working days', () => {
    const rows = b?.series.map((p) => [
      p.date,
      p.remaining.points,
      p.remaining.issues,
      p.scope.points,
      p.scope.issues,
      p.ideal.points,
    ]);
    expect(rows).toEqual([
      ['2026-11-09', 13, 5, 13, 5, 13], // the start
      ['2026-11-09', 13, 5, 13, 5, 11.7],
      ['2026-11-10', 16, 4, 18, 5, 10.4], // FW-2 3 -> 8 (+5), FW-3 done (-2)
      ['2026-11-11', 8, 2, 15, 4, 9.1], // FW-1 done (-5), FW-6 removed (-3)
      ['2026-11-12', 10, 3, 15, 4, 7.8], // FW-3 reopened (+2)
      ['2026-11-13', 10, 2, 15, 4, 6.5], // FW-7 done (no points, one issue)
      ['2026-11-14', 10, 2, 15, 4, 6.5], // the weekend: the ideal line stays flat
      ['2026-11-15', 10, 2, 15, 4, 6.5],
      ['2026-11-16', 15, 3, 20, 5, 5.2], // FW-4 added (+5)
      ['2026-11-17', 16, 4, 21, 6, 3.9], // FW-5 created into the sprint (+1)
      ['2026-11-18', 16, 4, 21, 6, 2.6],
      ['2026-11-19', 16, 4, 21, 6, 1.3], // today, at noon
    ]);
    expect(b?.series.at(-1)?.at).toBe('2026-11-19T12:00:00.000Z');
    expect(b?.series.map((p) => p.ideal.issues)).toEqual([5, 4.5, 4, 3.5, 3, 2.5, 2.5, 2.5, 2, 1.5, 1, 0.5]);
  });

  test('the scope changes are listed: added, removed, estimate, reopened', () => {
    expect(b?.changes.map((c) => [c.at.slice(0, 10), c.key, c.kind, c.points])).toEqual([
      ['2026-11-10', 'FW-2', 'estimate', 5],
      ['2026-11-11', 'FW-6', 'removed', -3],
      ['2026-11-12', 'FW-3', 'reopened', 2],
      ['2026-11-16', 'FW-4', 'added', 5],
      ['2026-11-17', 'FW-5', 'added', 1],
    ]);
  });

  test('now: scope 21 points in 6 issues, 5 done in 2, 16 remain in 4', () => {
    expect(b?.scope).toEqual({ points: 21, issues: 6 });
    expect(b?.completed).toEqual({ points: 5, issues: 2 });
    expect(b?.remaining).toEqual({ points: 16, issues: 4 });
  });

  test('without closed sprints the forecast takes this sprint pace: 5 points in 9 working days', () => {
    const f = report.forecast;
    expect(f?.basis).toBe('this-sprint');
    expect(f?.pointsPerDay).toBe(0.6); // 5 / 9 = 0.56
    expect(f?.workingDaysNeeded).toBe(29); // ceil(16 / 0.556)
    expect(f?.workingDaysLeft).toBe(1);
    expect(f?.onTrack).toBe(false);
  });

  test('a day in Berlin ends an hour earlier: FW-7, done Fri 16:00 UTC (17:00 in Berlin), falls on Friday still', () => {
    const berlin = sprintReport(snapshot(), parseSettings({ timezone: 'Europe/Berlin' }), AT).burndown;
    expect(berlin?.series.find((p) => p.date === '2026-11-13')?.remaining.issues).toBe(2);
    // Created 10:00 UTC on Tue 17 Nov: in Berlin too that is Tuesday.
    expect(berlin?.series.find((p) => p.date === '2026-11-16')?.scope.issues).toBe(5);
  });
});
