import { DateTime } from 'luxon';
import type { SiteData } from '../local-site/site-data';
import { SITE, issueTypeJson, statusItem, statusJson } from './jira-shapes';
import { SeededRandom } from './random';

/** The demo site's Sprint field (the agile plugin's custom field). */
export const SPRINT_FIELD = 'customfield_10020';
const POINTS = 'customfield_10016';
const EPICS = [
  { key: 'FW-1', id: '10001', summary: 'Login revamp' },
  { key: 'FW-2', id: '10002', summary: 'Reporting' },
];
const SUMMARIES = [
  'Password reset email',
  'Session timeout banner',
  'Audit trail export',
  'Sign-in rate limit',
  'Weekly report layout',
  'SSO metadata refresh',
  'Locale switcher',
  'Error page copy',
];

type Issue = SiteData['issues'][number];
type Log = NonNullable<SiteData['changelogs']>[number];

const sprintItem = (from: number[], to: number[]) => ({
  field: 'Sprint',
  fieldtype: 'custom',
  fieldId: SPRINT_FIELD,
  from: from.join(', ') || null,
  fromString: from.map((id) => `FW Sprint ${id}`).join(', ') || null,
  to: to.join(', ') || null,
  toString: to.map((id) => `FW Sprint ${id}`).join(', ') || null,
});
const pointsItem = (from: number, to: number) => ({
  field: 'Story point estimate',
  fieldtype: 'custom',
  fieldId: POINTS,
  from: null,
  fromString: String(from),
  to: null,
  toString: String(to),
});
const iso = (d: DateTime) => d.toISO({ suppressMilliseconds: false }) ?? '';

/**
 * The demo board's past: six closed two-week sprints before Sprint 7 (about 20-30 points done
 * each, one issue added mid-sprint, one carried over into the next), one issue that left Sprint
 * 7 on Thursday of its first week, an issue added to Sprint 7 on its second Monday, and an
 * estimate raised. What the Sprint tab, the velocity and the status report read on the local
 * site; the walk's own issues are untouched.
 */
export function withSprintHistory(data: SiteData, seed = 7): SiteData {
  const rnd = new SeededRandom(seed);
  const sprint7 = DateTime.fromISO('2026-11-09T08:00:00.000Z', { zone: 'utc' });
  const issues: Issue[] = [];
  const logs: Log[] = [];
  const closedSprints: NonNullable<SiteData['closedSprints']> = [];
  let next = 11;
  const issue = (
    summary: string,
    points: number,
    status: string,
    sprints: number[],
    created: DateTime,
    updated: DateTime,
    histories: Array<[DateTime, object]>,
  ) => {
    const key = `FW-${next++}`;
    const id = String(20000 + next);
    const epic = EPICS[next % 2] ?? EPICS[0];
    issues.push({
      id,
      key,
      self: `${SITE}/rest/api/3/issue/${id}`,
      fields: {
        summary,
        status: statusJson(status),
        issuetype: issueTypeJson('Story'),
        parent: { id: epic?.id, key: epic?.key, fields: { summary: epic?.summary, issuetype: issueTypeJson('Epic') } },
        created: iso(created),
        updated: iso(updated),
        [POINTS]: points,
        [SPRINT_FIELD]: sprints.map((n) => ({
          id: n,
          name: `FW Sprint ${n}`,
          state: n === 7 ? 'active' : 'closed',
          boardId: 3,
        })),
        comment: { comments: [], maxResults: 0, total: 0, startAt: 0 },
        worklog: { worklogs: [], maxResults: 0, total: 0, startAt: 0 },
      },
    });
    logs.push({
      issueId: id,
      changeHistories: histories.map(([at, item], i) => ({
        id: `${id}-${i}`,
        created: iso(at),
        items: [item],
      })),
    });
  };

  for (let n = 1; n <= 6; n++) {
    const start = sprint7.minus({ weeks: 2 * (7 - n) });
    const end = start.plus({ days: 11, hours: 9 });
    closedSprints.push({
      id: n,
      self: `${SITE}/rest/agile/1.0/sprint/${n}`,
      state: 'closed',
      name: `FW Sprint ${n}`,
      startDate: iso(start),
      endDate: iso(end),
      completeDate: iso(end),
      originBoardId: 3,
    });
    const created = start.minus({ days: 3 });
    for (let k = 0; k < 4; k++) {
      const doneAt = start.plus({ days: 1 + rnd.int(0, 9), hours: rnd.int(1, 7) });
      const points = [1, 2, 3, 5, 8][rnd.int(0, 4)] ?? 3;
      issue(SUMMARIES[(n + k) % SUMMARIES.length] ?? 'Story', points, 'Done', [n], created, doneAt, [
        [doneAt.minus({ days: 1 }), statusItem('To Do', 'Implement')],
        [doneAt, statusItem('Implement', 'Done')],
      ]);
    }
    // Added on the second Monday, done by Thursday.
    const added = start.plus({ days: 7, hours: 1 });
    issue(`Follow-up ${n}: small fix`, 2, 'Done', [n], created, added.plus({ days: 3 }), [
      [added, sprintItem([], [n])],
      [added.plus({ days: 3 }), statusItem('To Do', 'Done')],
    ]);
    // Carried over: not done when sprint n closed, done early in sprint n + 1 (sprint 6's is done in time).
    if (n < 6) {
      const doneAt = end.plus({ days: 4 });
      issue(`Carry-over ${n}: report filters`, 3, 'Done', [n, n + 1], created, doneAt, [
        [end, sprintItem([n], [n, n + 1])],
        [doneAt, statusItem('To Do', 'Done')],
      ]);
    }
  }
  // Left Sprint 7 on its first Thursday: the burndown counts it until then.
  issue(
    'Export the audit log as CSV',
    3,
    'To Do',
    [],
    sprint7.minus({ days: 3 }),
    sprint7.plus({ days: 3, hours: 2 }),
    [[sprint7.plus({ days: 3, hours: 2 }), sprintItem([7], [])]],
  );

  const changelogs = (data.changelogs ?? []).map((log) => {
    const key = data.issues.find((i) => i.id === log.issueId)?.key;
    // FW-137 joined Sprint 7 on its second Monday; FW-105's estimate went from 5 to 8.
    const extra =
      key === 'FW-137'
        ? [{ id: `${log.issueId}-s7`, created: '2026-11-16T10:00:00.000+0000', items: [sprintItem([], [7])] }]
        : key === 'FW-105'
          ? [{ id: `${log.issueId}-sp`, created: '2026-11-11T14:00:00.000+0000', items: [pointsItem(5, 8)] }]
          : [];
    return extra.length ? { ...log, changeHistories: [...log.changeHistories, ...extra] } : log;
  });
  // The epics are issues of the project too (in no sprint): a viewer's search finds them.
  for (const epic of EPICS)
    issues.push({
      id: epic.id,
      key: epic.key,
      self: `${SITE}/rest/api/3/issue/${epic.id}`,
      fields: {
        summary: epic.summary,
        status: statusJson('Implement'),
        issuetype: issueTypeJson('Epic'),
        parent: null,
        created: iso(sprint7.minus({ weeks: 14 })),
        updated: iso(sprint7.minus({ weeks: 14 })),
        [SPRINT_FIELD]: [],
        comment: { comments: [], maxResults: 0, total: 0, startAt: 0 },
        worklog: { worklogs: [], maxResults: 0, total: 0, startAt: 0 },
      },
    });
  return {
    ...data,
    fields: { ...data.fields, sprint: SPRINT_FIELD },
    closedSprints,
    issues: [...data.issues, ...issues],
    changelogs: [...changelogs, ...logs],
  };
}
