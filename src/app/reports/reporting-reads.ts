import pLimit from 'p-limit';
import { ApiError, type Requester } from '../../fetch/requester';
import type { JiraReads } from '../../fetch/fetch-snapshot';
import { getClosedSprints, type ClosedSprintBean } from '../../fetch/jira/get-closed-sprints';
import { readIssueSet, REPORTING_FIELDS, type IssueSet } from '../../fetch/read-issue-set';
import type { Settings } from '../../settings/schema';
import type { Snapshot, SprintFigures } from '../../snapshot/schema';
import type { KeptFigures } from '../records/app-stores';
import { closedSprintFigures, VELOCITY_SPRINTS } from '../../reporting/sprint-report';
import { FLOW_WEEKS } from '../../reporting/flow';
import { parseInstant } from '../../core/time/instant';
import { jqlDateOnOrBefore, updatedOnOrAfter } from '../../fetch/jql-date';

/** Runs one read; a failure (but a 401) is named in `partial` and the read gives `empty`. */
type Attempt = <T>(what: string, read: () => Promise<T>, empty: T) => Promise<T>;

export type { KeptFigures };

export const NO_KEEPING: KeptFigures = { get: () => Promise.resolve(undefined), set: () => Promise.resolve() };

/** Epic keys per JQL `parent in (...)` clause. */
const EPICS_PER_QUERY = 50;
const DAY_MS = 86400000;

export type ReportingPart = NonNullable<Snapshot['reporting']> & { partial?: string[] };

/**
 * What sprint reporting reads beyond the walk (snapshot.md's `reporting`), in the batched reads:
 * the last six closed sprints' figures (each read once, then kept), the issues that left the
 * active sprint since it started, the other children of the sprint's epics, and, on a board
 * without sprints, the issues finished in the last eight weeks. A part that cannot be read is
 * named in `partial`; the walk goes on without it.
 */
export async function readReporting(
  api: Requester,
  jira: JiraReads,
  settings: Settings,
  now: Date,
  kept: KeptFigures = NO_KEEPING,
): Promise<ReportingPart> {
  const fields = [
    ...REPORTING_FIELDS,
    ...[jira.fields.storyPoints, jira.fields.sprint].filter((f): f is string => f !== null),
  ];
  const own = new Set(jira.issues.map((i) => i.id));
  const partial: string[] = [];
  const attempt: Attempt = async (what, read, empty) => {
    try {
      return await read();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) throw error;
      partial.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
      return empty;
    }
  };
  const none: IssueSet = { issues: [], changelogs: [] };
  const key = jira.project.key;

  const [closedSprints, lost, finished] = await Promise.all([
    jira.board
      ? attempt(
          'closed sprints',
          () => closedFigures(api, jira, settings, fields, kept, attempt),
          [] as SprintFigures[],
        )
      : Promise.resolve([]),
    lostIssues(jira, now, (jql) =>
      attempt('issues that left the sprint', () => readIssueSet(api, jql, fields, { skip: own }), none),
    ),
    jira.sprint
      ? Promise.resolve(none)
      : attempt(
          'finished issues',
          () => {
            const since = now.getTime() - FLOW_WEEKS * 7 * DAY_MS;
            const jql = `project = "${key}" AND statusCategory = Done AND updated >= ${jqlDateOnOrBefore(since)}`;
            return readIssueSet(api, jql, fields, { skip: own }).then((set) => cutUpdated(set, since));
          },
          none,
        ),
  ]);
  const epics = [...new Set(jira.issues.flatMap((i) => epicKey(i.fields.parent)))].sort();
  const children: IssueSet[] = [];
  for (let i = 0; i < epics.length; i += EPICS_PER_QUERY) {
    const batch = epics.slice(i, i + EPICS_PER_QUERY);
    children.push(
      await attempt(
        "the epics' other children",
        () => readIssueSet(api, `parent in (${batch.join(', ')})`, fields, { skip: own, withChangelogs: false }),
        none,
      ),
    );
  }
  const sets = [lost, finished, ...children];
  const seen = new Set<string>();
  const issues = sets.flatMap((s) => s.issues).filter((i) => !seen.has(i.id) && seen.add(i.id));
  return {
    issues: issues as ReportingPart['issues'],
    changelogs: sets.flatMap((s) => s.changelogs) as ReportingPart['changelogs'],
    closedSprints,
    ...(partial.length ? { partial } : {}),
  };
}

/**
 * Issues of the project updated since the sprint started and not in it now: the ones whose
 * changelog shows they left it are kept (Jira's search finds only the sprint's present issues).
 */
async function lostIssues(jira: JiraReads, now: Date, read: (jql: string) => Promise<IssueSet>): Promise<IssueSet> {
  const start = typeof jira.sprint?.startDate === 'string' ? parseInstant(jira.sprint.startDate) : NaN;
  if (!jira.sprint || Number.isNaN(start) || start > now.getTime()) return { issues: [], changelogs: [] };
  // Absolute, from the sprint's start: the same issues whatever day the report is made on.
  const set = cutUpdated(
    await read(`project = "${jira.project.key}" AND updated >= ${jqlDateOnOrBefore(start)}`),
    start,
  );
  const id = String(jira.sprint.id);
  const left = new Set(
    set.changelogs.filter((log) => log.changeHistories.some((h) => namesSprint(h, id))).map((log) => log.issueId),
  );
  return {
    issues: set.issues.filter((i) => left.has(i.id)),
    changelogs: set.changelogs.filter((l) => left.has(l.issueId)),
  };
}

/** The set without the issues the widened JQL date let in (updated before `since`). */
function cutUpdated(set: IssueSet, since: number): IssueSet {
  const kept = new Set(set.issues.filter((i) => updatedOnOrAfter(i.fields, since)).map((i) => i.id));
  return {
    issues: set.issues.filter((i) => kept.has(i.id)),
    changelogs: set.changelogs.filter((l) => kept.has(l.issueId)),
  };
}

function namesSprint(history: unknown, sprintId: string): boolean {
  const items = (history as { items?: Array<{ field?: unknown; from?: unknown }> }).items ?? [];
  return items.some(
    (i) =>
      typeof i.field === 'string' &&
      i.field.toLowerCase() === 'sprint' &&
      typeof i.from === 'string' &&
      i.from.split(',').some((s) => s.trim() === sprintId),
  );
}

/**
 * The last six closed sprints' figures: kept ones as kept, the others read and then kept. A
 * sprint that cannot be read is left out and named; the others still count, and the next walk
 * tries it again (only figures read whole are kept).
 */
async function closedFigures(
  api: Requester,
  jira: JiraReads,
  settings: Settings,
  fields: string[],
  kept: KeptFigures,
  attempt: Attempt,
): Promise<SprintFigures[]> {
  const board = jira.board;
  if (!board) return [];
  const closed = (await getClosedSprints(api, board.id))
    .filter((s) => s.startDate && s.endDate && (s.originBoardId === undefined || s.originBoardId === board.id))
    .sort((a, b) => completed(a).localeCompare(completed(b)))
    .slice(-VELOCITY_SPRINTS);
  // Three sprints at a time, each in its batched reads: a handful of calls in flight, as Jira likes.
  const limit = pLimit(3);
  const read = await Promise.all(
    closed.map((sprint) =>
      limit(async () => {
        const have = await kept.get(sprint.id);
        // Figures kept before `outside` existed were counted without Jira's rule: read them again.
        if (have?.outside) return have;
        const set = await attempt(
          `closed sprint ${sprint.name}`,
          () => readIssueSet(api, `sprint = ${sprint.id}`, fields, { concurrency: 3 }),
          null,
        );
        if (!set) return null;
        const figures = closedSprintFigures(
          {
            id: sprint.id,
            name: sprint.name,
            startDate: sprint.startDate ?? '',
            endDate: sprint.endDate ?? '',
            ...(sprint.completeDate ? { completeDate: sprint.completeDate } : {}),
          },
          set.issues,
          set.changelogs,
          { storyPoints: jira.fields.storyPoints, sprint: jira.fields.sprint },
          jira.board,
          settings,
        );
        if (figures) await kept.set(figures);
        return figures;
      }),
    ),
  );
  return read.filter((f): f is SprintFigures => f !== null);
}

const completed = (s: ClosedSprintBean) => s.completeDate ?? s.endDate ?? '';

function epicKey(parent: unknown): string[] {
  const p = parent as { key?: string; fields?: { issuetype?: { hierarchyLevel?: number; name?: string } } } | null;
  if (!p?.key) return [];
  const type = p.fields?.issuetype;
  return (type?.hierarchyLevel ?? (type?.name?.toLowerCase() === 'epic' ? 1 : 0)) === 1 ? [p.key] : [];
}
