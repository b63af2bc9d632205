import { WorkingCalendar } from '../core/time/working-calendar';
import { addDays, localDate } from '../core/time/zones';
import { parseInstant } from '../core/time/instant';
import type { Settings } from '../settings/schema';
import type { Snapshot } from '../snapshot/schema';
import { burndown, round, type Burndown } from './burndown';
import { doneStatuses } from './done-statuses';
import { epicProgress, type EpicProgress } from './epic-progress';
import { flow, type FlowWeek } from './flow';
import { forecast, type Forecast } from './forecast';
import { IssueHistory, type IssueRecord, type ReportingFields } from './issue-history';
import { sprintFigures, sprintWorkingDays, type SprintFigures } from './sprint-figures';
import { doneWhenJoined, type DoneOutside } from './done-outside';
import { sprintLists, type SprintLists } from './sprint-lists';
import type { NextSprintSummary, ReleaseSummary } from './delivery-report';

/** How many closed sprints the velocity shows. */
export const VELOCITY_SPRINTS = 6;

/** The Sprint tab and the status report's progress: one computation, from the snapshot. */
export interface SprintReport {
  at: string;
  kind: 'scrum' | 'kanban';
  sprint: { id: number; name: string; startDate: string; endDate: string; goal?: string | null } | null;
  burndown: Burndown | null;
  /** Oldest first, at most six. */
  velocity: SprintFigures[];
  averageVelocity: number | null;
  forecast: Forecast | null;
  epics: EpicProgress[];
  /** Boards without sprints: throughput and cycle time per week. */
  flow: FlowWeek[] | null;
  /** Issues already done when they joined the active sprint, listed apart as Jira's sprint report does. */
  doneOutside?: DoneOutside[];
  /** Jira's sprint report lists: completed, not completed, removed, added during the sprint. */
  lists?: SprintLists;
  /** What could not be charted, and why. */
  notes: string[];
  /** checks-delivery.md: the unreleased versions and the next sprint (absent: not read; delivery-report.ts). */
  releases?: ReleaseSummary[] | null;
  nextSprint?: NextSprintSummary | null;
}

/** Changelogs as bulkfetch answers them (validated or not: the replay skips what it cannot read). */
export type ChangelogSet = ReadonlyArray<{ issueId: string; changeHistories: readonly unknown[] }> | undefined;

/** The issues and changelogs as the replay reads them. */
export function histories(
  issues: ReadonlyArray<{ id: string; key: string; fields: Record<string, unknown> & { summary?: string } }>,
  changelogs: ChangelogSet,
  fields: ReportingFields,
  fallbackSprints: readonly number[],
): IssueHistory[] {
  const logs = new Map((changelogs ?? []).map((c) => [c.issueId, c.changeHistories]));
  return issues.map((issue) => {
    const record: IssueRecord = {
      id: issue.id,
      key: issue.key,
      summary: issue.fields.summary ?? '',
      fields: issue.fields,
      histories: logs.get(issue.id) ?? [],
    };
    return new IssueHistory(record, fields, fallbackSprints);
  });
}

/**
 * The sprint's progress at `at`: burndown (points and issues), velocity of the kept closed
 * sprints, forecast and epic progress; on a board without sprints, flow per week instead.
 * Reads the walk's issues and changelogs plus the snapshot's `reporting` part (issues the
 * sprint lost, the epics' other children, recently finished issues, closed sprints' figures).
 */
export function sprintReport(snapshot: Snapshot, settings: Settings, at: number): SprintReport {
  const zone = settings.timezone;
  const calendar = new WorkingCalendar(settings.workingDays, settings.holidays);
  const fields: ReportingFields = {
    storyPoints: snapshot.fields?.storyPoints ?? null,
    sprint: (snapshot.fields as { sprint?: string | null } | undefined)?.sprint ?? null,
  };
  const extra = snapshot.reporting;
  const sprint = snapshot.sprint ?? null;
  const own = histories(snapshot.issues, snapshot.changelogs, fields, sprint ? [sprint.id] : []);
  const ownIds = new Set(snapshot.issues.map((i) => i.id));
  const others = histories(
    (extra?.issues ?? []).filter((i) => !ownIds.has(i.id)),
    extra?.changelogs,
    fields,
    [],
  );
  const all = [...own, ...others];
  const done = doneStatuses(snapshot.board, [...snapshot.issues, ...(extra?.issues ?? [])]);
  const velocity = [...(extra?.closedSprints ?? [])]
    .sort((a, b) => a.completeDate.localeCompare(b.completeDate))
    .slice(-VELOCITY_SPRINTS);
  const averageVelocity = velocity.length
    ? round(velocity.reduce((n, v) => n + v.completed.points, 0) / velocity.length)
    : null;
  const notes: string[] = [];
  if (!snapshot.changelogs) notes.push('The changelogs could not be read: the burndown shows today only.');
  if (!fields.storyPoints) notes.push('This site has no story points field: points are 0, issues still count.');

  const common = {
    at: new Date(at).toISOString(),
    velocity,
    averageVelocity,
    epics: epicProgress(own, all, done),
    notes,
  };

  const start = sprint?.startDate ? parseInstant(sprint.startDate) : NaN;
  const end = sprint?.endDate ? parseInstant(sprint.endDate) : NaN;
  if (!sprint || Number.isNaN(start) || Number.isNaN(end)) {
    if (sprint) notes.push(`${sprint.name} has no start or end date: no burndown.`);
    return {
      ...common,
      kind: sprint ? 'scrum' : 'kanban',
      sprint: null,
      burndown: null,
      forecast: null,
      flow: sprint ? null : flow(all, done, at, zone),
    };
  }
  // Issues the sprint lost after it started count in its burndown until they left.
  const sprintSide = all.filter((h) => own.includes(h) || h.changes.some((c) => c.sprints !== undefined));
  const chart = burndown(sprintSide, { id: sprint.id, start, end }, done, at, zone, calendar);
  const doneOutside = sprintSide
    .map((h) => doneWhenJoined(h, sprint.id, start, Math.max(start, Math.min(at, end)), done))
    .filter((d): d is DoneOutside => d !== null)
    .sort((a, b) => a.joined.localeCompare(b.joined) || a.key.localeCompare(b.key));
  const today = localDate(Math.min(at, end), zone);
  const startDay = localDate(start, zone);
  return {
    ...common,
    kind: 'scrum',
    sprint: {
      id: sprint.id,
      name: sprint.name,
      startDate: chart.start,
      endDate: chart.end,
      goal:
        typeof (sprint as { goal?: unknown }).goal === 'string' ? ((sprint as { goal?: string }).goal ?? null) : null,
    },
    burndown: chart,
    forecast: forecast(
      chart,
      velocity,
      today < startDay ? addDays(startDay, -1) : today,
      localDate(end, zone),
      startDay,
      calendar,
    ),
    flow: null,
    doneOutside,
    lists: sprintLists(sprintSide, sprint.id, Math.max(start, Math.min(at, end)), done, chart.changes),
  };
}

/** A closed sprint as the agile API lists it. */
export interface ClosedSprintRef {
  id: number;
  name: string;
  startDate: string;
  endDate: string;
  completeDate?: string;
}

/**
 * A closed sprint's figures from its issues (`sprint = id`) and their changelogs: committed at
 * its start, completed at its close (issues removed before the close are not found by the
 * search, so they are missing from committed, as in no other read Forge can make).
 */
export function closedSprintFigures(
  sprint: ClosedSprintRef,
  issues: ReadonlyArray<{ id: string; key: string; fields: Record<string, unknown> & { summary?: string } }>,
  changelogs: ChangelogSet,
  fields: ReportingFields,
  board: Snapshot['board'],
  settings: Settings,
): SprintFigures | null {
  const start = parseInstant(sprint.startDate);
  const end = parseInstant(sprint.endDate);
  const complete = sprint.completeDate ? parseInstant(sprint.completeDate) : end;
  if ([start, end, complete].some(Number.isNaN)) return null;
  const calendar = new WorkingCalendar(settings.workingDays, settings.holidays);
  return sprintFigures(
    histories(issues, changelogs, fields, [sprint.id]),
    { id: sprint.id, name: sprint.name, start, end, complete },
    doneStatuses(board, issues),
    sprintWorkingDays(start, end, settings.timezone, calendar),
  );
}
