import type { WorkingCalendar } from '../core/time/working-calendar';
import { addDays, localDate } from '../core/time/zones';
import type { IssueHistory } from './issue-history';
import type { SprintFigures } from '../snapshot/schema';
import { doneWhenJoined } from './done-outside';

/** A closed sprint's velocity figures (snapshot.md's `reporting.closedSprints`). */
export type { SprintFigures };

export interface ClosedSprint {
  id: number;
  name: string;
  start: number;
  end: number;
  complete: number;
}

/**
 * Committed and completed as Jira's velocity chart counts them: committed is what the sprint
 * held at its start (estimates then), completed what it held done at its close (estimates then);
 * an issue that was already done when it joined counts in neither and is listed in `outside`.
 */
export function sprintFigures(
  histories: readonly IssueHistory[],
  sprint: ClosedSprint,
  done: ReadonlySet<string>,
  workingDays: number,
): SprintFigures {
  const committed = { points: 0, issues: 0 };
  const completed = { points: 0, issues: 0 };
  const outside = { points: 0, issues: 0, keys: [] as string[] };
  for (const h of histories) {
    const early = doneWhenJoined(h, sprint.id, sprint.start, sprint.complete, done);
    if (early) {
      outside.points += early.points;
      outside.issues++;
      outside.keys.push(early.key);
      continue;
    }
    const atStart = h.stateAt(sprint.start);
    if (h.existsAt(sprint.start) && atStart.sprints.includes(sprint.id)) {
      committed.points += atStart.points ?? 0;
      committed.issues++;
    }
    const atClose = h.stateAt(sprint.complete);
    if (atClose.sprints.includes(sprint.id) && atClose.statusId !== null && done.has(atClose.statusId)) {
      completed.points += atClose.points ?? 0;
      completed.issues++;
    }
  }
  return {
    id: sprint.id,
    name: sprint.name,
    startDate: new Date(sprint.start).toISOString(),
    endDate: new Date(sprint.end).toISOString(),
    completeDate: new Date(sprint.complete).toISOString(),
    committed,
    completed,
    outside: { ...outside, keys: outside.keys.sort() },
    workingDays,
  };
}

/** The working days of a sprint, its start day to its end day (team calendar). */
export function sprintWorkingDays(start: number, end: number, zone: string, calendar: WorkingCalendar): number {
  return calendar.workingDaysAfter(addDays(localDate(start, zone), -1), localDate(end, zone));
}
