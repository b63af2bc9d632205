import { DateTime } from 'luxon';
import type { SiteData } from '../local-site/site-data';
import { issueTypeJson, statusItem, statusJson } from './jira-shapes';
import { SPRINT_FIELD } from './sprint-history';
import { SeededRandom } from './random';

/**
 * Closed sprints at scale for the reporting benchmark: `sprints` two-week sprints before the
 * data set's active one, `issues` each, every issue with three changes (started, estimate,
 * done or not), about a tenth carried over. Added to a data set whose sprint starts on a Monday.
 */
export function withLargeHistory(data: SiteData, o: { sprints: number; issues: number; seed?: number }): SiteData {
  const rnd = new SeededRandom(o.seed ?? 5);
  const first = 1000;
  const startDate = data.sprint?.startDate;
  const start0 = DateTime.fromISO(typeof startDate === 'string' ? startDate : '2026-11-09T08:00:00.000Z', {
    zone: 'utc',
  });
  const issues: SiteData['issues'] = [];
  const changelogs: NonNullable<SiteData['changelogs']> = [];
  const closedSprints: NonNullable<SiteData['closedSprints']> = [];
  const key = data.project.key;
  let n = 0;
  for (let s = 0; s < o.sprints; s++) {
    const id = first + s;
    const start = start0.minus({ weeks: 2 * (o.sprints - s) });
    const end = start.plus({ days: 11, hours: 9 });
    closedSprints.push({
      id,
      name: `${key} Sprint ${id}`,
      state: 'closed',
      startDate: start.toISO() ?? '',
      endDate: end.toISO() ?? '',
      completeDate: end.toISO() ?? '',
      originBoardId: data.board?.id ?? 0,
    });
    for (let i = 0; i < o.issues; i++) {
      const issueId = String(500000 + ++n);
      const done = rnd.int(0, 9) > 0;
      const doneAt = start.plus({ days: rnd.int(1, 11), hours: rnd.int(0, 8) });
      const points = [1, 2, 3, 5, 8][rnd.int(0, 4)] ?? 3;
      issues.push({
        id: issueId,
        key: `${key}-${100000 + n}`,
        fields: {
          summary: `Closed sprint story ${n}`,
          status: statusJson(done ? 'Done' : 'To Do'),
          issuetype: issueTypeJson('Story'),
          created: start.minus({ days: 5 }).toISO(),
          updated: (done ? doneAt : end).toISO(),
          customfield_10016: points,
          [SPRINT_FIELD]: [{ id, name: `${key} Sprint ${id}`, state: 'closed' }],
          comment: { comments: [], maxResults: 0, total: 0, startAt: 0 },
          worklog: { worklogs: [], maxResults: 0, total: 0, startAt: 0 },
        },
      });
      changelogs.push({
        issueId,
        changeHistories: [
          { id: `${issueId}-1`, created: start.plus({ hours: 2 }).toISO(), items: [statusItem('To Do', 'Implement')] },
          {
            id: `${issueId}-2`,
            created: start.plus({ days: 1 }).toISO(),
            items: [
              {
                field: 'Story point estimate',
                fieldtype: 'custom',
                fieldId: 'customfield_10016',
                from: null,
                fromString: String(points + 1),
                to: null,
                toString: String(points),
              },
            ],
          },
          ...(done ? [{ id: `${issueId}-3`, created: doneAt.toISO(), items: [statusItem('Implement', 'Done')] }] : []),
        ],
      });
    }
  }
  return {
    ...data,
    fields: { ...data.fields, sprint: SPRINT_FIELD },
    closedSprints,
    issues: [...data.issues, ...issues],
    changelogs: [...(data.changelogs ?? []), ...changelogs],
  };
}
