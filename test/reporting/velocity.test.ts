import { DateTime } from 'luxon';
import { parseSnapshot } from '../../src/snapshot/parse-snapshot';
import { parseSettings } from '../../src/settings/schema';
import { closedSprintFigures, sprintReport, type ClosedSprintRef } from '../../src/reporting/sprint-report';
import { generateIssue, issueId } from '../support/factories';

/**
 * Six closed sprints rebuilt by hand. Sprint n runs two weeks from a Monday 08:00 UTC to the
 * Friday after next, 17:00, and closes then. In each: FW-n1 is committed with a_n points and
 * done in week 1; FW-n2 is committed with 3 points and carried over unfinished; FW-n3 is added
 * on Monday of week 2 with 2 points and done on Thursday. Sprint 3: FW-31's estimate goes 5 ->
 * 8 before it is done. Sprint 5: FW-54 (4 points) is done in week 1 and reopened in week 2.
 * Sprint 6 has a holiday (Thu 15 Oct): 9 working days. Sprint 0, older, falls out of the six.
 */
const SP = 'customfield_10016';
const SPRINT = 'customfield_10020';
const FIELDS = { storyPoints: SP, sprint: SPRINT };
const BOARD = {
  id: 3,
  columns: [
    { name: 'To Do', statusIds: ['1'] },
    { name: 'Done', statusIds: ['3'] },
  ],
};
const SETTINGS = parseSettings({ holidays: ['2026-10-15'] });
const A = [2, 5, 8, 5, 3, 13, 6]; // a_n for sprints 0..6

const status = (id: string) => ({
  id,
  name: id === '3' ? 'Done' : 'To Do',
  statusCategory: { key: id === '3' ? 'done' : 'new' },
});
const day = (sprint: number, offset: number, time: string) =>
  DateTime.fromISO(`2026-07-20T${time}`, { zone: 'utc' })
    .plus({ days: sprint * 14 + offset })
    .toISO() ?? '';
const item = (field: string, fieldId: string, from: string, to: string) => ({
  field,
  fieldId,
  from,
  fromString: from,
  to,
  toString: to,
});

function sprintData(n: number) {
  const ref: ClosedSprintRef = {
    id: 100 + n,
    name: `FW Sprint ${n}`,
    startDate: day(n, 0, '08:00:00'),
    endDate: day(n, 11, '17:00:00'),
    completeDate: day(n, 11, '17:00:00'),
  };
  const id = ref.id;
  type Bean = Record<string, unknown> & { id: string; key: string; fields: Record<string, unknown> };
  const issues: Bean[] = [];
  const logs: Array<{ issueId: string; changeHistories: unknown[] }> = [];
  const add = (key: string, points: number, statusId: string, histories: Array<[string, Record<string, unknown>]>) => {
    issues.push(
      generateIssue({
        key,
        created: day(n, -3, '09:00:00'),
        fields: { status: status(statusId), [SP]: points, [SPRINT]: [{ id }] },
      }) as Bean,
    );
    logs.push({ issueId: issueId(key), changeHistories: histories.map(([created, i]) => ({ created, items: [i] })) });
  };
  const finalPoints = n === 3 ? 8 : (A[n] ?? 0);
  add(`FW-${n}1`, finalPoints, '3', [
    ...(n === 3
      ? [[day(n, 1, '10:00:00'), item('Story point estimate', SP, '5', '8')] as [string, Record<string, unknown>]]
      : []),
    [day(n, 2, '15:00:00'), item('status', 'status', '1', '3')],
  ]);
  add(`FW-${n}2`, 3, '1', [[day(n, 11, '17:00:00'), item('Sprint', SPRINT, String(id), `${id}, ${id + 1}`)]]);
  add(`FW-${n}3`, 2, '3', [
    [day(n, 7, '09:00:00'), item('Sprint', SPRINT, '', String(id))],
    [day(n, 10, '11:00:00'), item('status', 'status', '1', '3')],
  ]);
  if (n === 5)
    add('FW-54', 4, '1', [
      [day(n, 4, '12:00:00'), item('status', 'status', '1', '3')],
      [day(n, 7, '12:00:00'), item('status', 'status', '3', '1')],
    ]);
  return closedSprintFigures(ref, issues, logs, FIELDS, BOARD, SETTINGS);
}

const figures = [0, 1, 2, 3, 4, 5, 6].map(sprintData);

test('committed and completed of each sprint, as counted by hand', () => {
  expect(
    figures.map((f) => [
      f?.name,
      f?.committed.points,
      f?.committed.issues,
      f?.completed.points,
      f?.completed.issues,
      f?.workingDays,
    ]),
  ).toEqual([
    ['FW Sprint 0', 5, 2, 4, 2, 10],
    ['FW Sprint 1', 8, 2, 7, 2, 10],
    ['FW Sprint 2', 11, 2, 10, 2, 10],
    ['FW Sprint 3', 8, 2, 10, 2, 10], // committed at 5, completed at 8
    ['FW Sprint 4', 6, 2, 5, 2, 10],
    ['FW Sprint 5', 20, 3, 15, 2, 10], // FW-54 reopened: committed, not completed
    ['FW Sprint 6', 9, 2, 8, 2, 9], // a holiday
  ]);
});

test('the velocity shows the last six, the average of their completed points, and the forecast uses it', () => {
  const snapshot = parseSnapshot({
    version: 1,
    project: { id: '10000', key: 'FW' },
    sprint: { id: 107, name: 'FW Sprint 7', startDate: day(7, 0, '08:00:00'), endDate: day(7, 11, '17:00:00') },
    board: BOARD,
    fields: { storyPoints: SP, sprint: SPRINT },
    issues: [
      generateIssue({ key: 'FW-71', created: day(6, 0, '08:00:00'), fields: { status: status('1'), [SP]: 16 } }),
    ],
    changelogs: [],
    users: [],
    reporting: { closedSprints: [...figures].reverse() },
  });
  const at = Date.parse(day(7, 2, '12:00:00')); // Wednesday of week 1
  const report = sprintReport(snapshot, SETTINGS, at);
  expect(report.velocity.map((v) => v.name)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `FW Sprint ${n}`));
  expect(report.averageVelocity).toBe(9.2); // (7 + 10 + 10 + 5 + 15 + 8) / 6
  expect(report.forecast).toMatchObject({
    basis: 'velocity',
    pointsPerDay: 0.9, // 55 points in 59 working days
    remainingPoints: 16,
    workingDaysNeeded: 18, // ceil(16 / 0.932)
    workingDaysLeft: 7,
    onTrack: false,
  });
});

test("Jira's rule: an issue already done when it joined counts in neither figure, and is listed apart", () => {
  const n = 8;
  const ref: ClosedSprintRef = {
    id: 108,
    name: 'FW Sprint 8',
    startDate: day(n, 0, '08:00:00'),
    endDate: day(n, 11, '17:00:00'),
    completeDate: day(n, 11, '17:00:00'),
  };
  const bean = (key: string, points: number, statusId: string) =>
    generateIssue({
      key,
      created: day(n, -3, '09:00:00'),
      fields: { status: status(statusId), [SP]: points, [SPRINT]: [{ id: 108 }] },
    }) as Record<string, unknown> & { id: string; key: string; fields: Record<string, unknown> };
  const issues = [bean('FW-81', 3, '3'), bean('FW-82', 5, '3'), bean('FW-83', 2, '3')];
  const logs = [
    // Committed at the start, done in week 1: counts in both.
    {
      issueId: issueId('FW-81'),
      changeHistories: [{ created: day(n, 2, '15:00:00'), items: [item('status', 'status', '1', '3')] }],
    },
    // Done before the sprint, added to it on Monday of week 2: in neither.
    {
      issueId: issueId('FW-82'),
      changeHistories: [
        { created: day(n, -2, '10:00:00'), items: [item('status', 'status', '1', '3')] },
        { created: day(n, 7, '09:00:00'), items: [item('Sprint', SPRINT, '', '108')] },
      ],
    },
    // In the sprint at its start, but done two days before it: in neither.
    {
      issueId: issueId('FW-83'),
      changeHistories: [{ created: day(n, -2, '11:00:00'), items: [item('status', 'status', '1', '3')] }],
    },
  ];
  const f = closedSprintFigures(ref, issues, logs, FIELDS, BOARD, SETTINGS);
  expect(f?.committed).toEqual({ points: 3, issues: 1 });
  expect(f?.completed).toEqual({ points: 3, issues: 1 });
  expect(f?.outside).toEqual({ points: 7, issues: 2, keys: ['FW-82', 'FW-83'] });

  // The active sprint lists the same kind of issue apart.
  const snapshot = parseSnapshot({
    version: 1,
    project: { id: '10000', key: 'FW' },
    sprint: { id: 108, name: 'FW Sprint 8', startDate: ref.startDate, endDate: ref.endDate },
    board: BOARD,
    fields: { storyPoints: SP, sprint: SPRINT },
    issues,
    changelogs: logs,
    users: [],
  });
  const report = sprintReport(snapshot, SETTINGS, Date.parse(day(n, 9, '12:00:00')));
  expect(report.doneOutside?.map((d) => [d.key, d.points])).toEqual([
    ['FW-83', 2],
    ['FW-82', 5],
  ]);
});
