import { parseSnapshot } from '../../src/snapshot/parse-snapshot';
import { parseSettings } from '../../src/settings/schema';
import { sprintReport } from '../../src/reporting/sprint-report';
import { generateIssue, issueId } from '../support/factories';

/**
 * A board without sprints (Kanban), walked on Thu 19 Nov 2026 (ISO week 47): the issues finished
 * in the last eight weeks, their cycle from the first status move to the last move into Done.
 */
const status = (id: string) => ({
  id,
  name: { '1': 'To Do', '2': 'Doing', '3': 'Done' }[id],
  statusCategory: { key: { '1': 'new', '2': 'indeterminate', '3': 'done' }[id] },
});
const move = (created: string, from: string, to: string) => ({
  created,
  items: [{ field: 'status', fieldId: 'status', from, fromString: from, to, toString: to }],
});
const finished = (key: string, started: string, done: string, extra: unknown[] = []) => ({
  issue: generateIssue({ key, fields: { status: status('3') } }),
  log: { issueId: issueId(key), changeHistories: [move(started, '1', '2'), ...extra, move(done, '2', '3')] },
});

test('throughput and median cycle time per ISO week, the last eight weeks', () => {
  const rows = [
    finished('FW-1', '2026-11-16T09:00:00.000Z', '2026-11-18T09:00:00.000Z'), // W47, 2 days
    finished('FW-2', '2026-11-10T09:00:00.000Z', '2026-11-17T21:00:00.000Z'), // W47, 7.5 days
    finished('FW-3', '2026-11-12T09:00:00.000Z', '2026-11-19T09:00:00.000Z'), // W47, 7 days
    finished('FW-4', '2026-11-02T09:00:00.000Z', '2026-11-11T09:00:00.000Z'), // W46, 9 days
    // Reopened and done again: the cycle ends at the last move into Done (W45, 4 days).
    finished('FW-5', '2026-10-30T09:00:00.000Z', '2026-11-03T09:00:00.000Z', [
      move('2026-11-01T09:00:00.000Z', '2', '3'),
      move('2026-11-02T09:00:00.000Z', '3', '2'),
    ]),
    finished('FW-6', '2026-09-01T09:00:00.000Z', '2026-09-10T09:00:00.000Z'), // W37: before the eight weeks
  ];
  const snapshot = parseSnapshot({
    version: 1,
    project: { id: '1', key: 'FW' },
    sprint: null,
    board: {
      id: 3,
      columns: [
        { name: 'To Do', statusIds: ['1'] },
        { name: 'Doing', statusIds: ['2'] },
        { name: 'Done', statusIds: ['3'] },
      ],
    },
    fields: { storyPoints: null },
    issues: [generateIssue({ key: 'FW-9', fields: { status: status('2') } })],
    changelogs: [],
    users: [],
    reporting: { issues: rows.map((r) => r.issue), changelogs: rows.map((r) => r.log) },
  });
  const report = sprintReport(snapshot, parseSettings({}), Date.parse('2026-11-19T12:00:00.000Z'));
  expect(report.kind).toBe('kanban');
  expect(report.burndown).toBeNull();
  expect(report.flow?.map((w) => [w.week, w.throughput, w.medianCycleDays])).toEqual([
    ['2026-W40', 0, null],
    ['2026-W41', 0, null],
    ['2026-W42', 0, null],
    ['2026-W43', 0, null],
    ['2026-W44', 0, null],
    ['2026-W45', 1, 4],
    ['2026-W46', 1, 9],
    ['2026-W47', 3, 7], // median of 2, 7, 7.5
  ]);
});

test('epic progress counts every child read, in the sprint or not', () => {
  const epic = {
    id: '9001',
    key: 'FW-1000',
    fields: { summary: 'Epic', issuetype: { name: 'Epic', hierarchyLevel: 1 } },
  };
  const child = (key: string, s: string, points: number) =>
    generateIssue({ key, parent: epic, fields: { status: status(s), customfield_10016: points } });
  const snapshot = parseSnapshot({
    version: 1,
    project: { id: '1', key: 'FW' },
    sprint: { id: 7, name: 'S7', startDate: '2026-11-09T08:00:00.000Z', endDate: '2026-11-20T17:00:00.000Z' },
    board: {
      id: 3,
      columns: [
        { name: 'To Do', statusIds: ['1'] },
        { name: 'Done', statusIds: ['3'] },
      ],
    },
    fields: { storyPoints: 'customfield_10016' },
    issues: [child('FW-1', '1', 3), child('FW-2', '3', 5)],
    changelogs: [],
    users: [],
    reporting: { issues: [child('FW-3', '3', 8), child('FW-2', '3', 5)] },
  });
  const report = sprintReport(snapshot, parseSettings({}), Date.parse('2026-11-19T12:00:00.000Z'));
  expect(report.epics).toEqual([
    { key: 'FW-1000', summary: 'Epic', done: 2, total: 3, pointsDone: 13, pointsTotal: 16 },
  ]);
});
