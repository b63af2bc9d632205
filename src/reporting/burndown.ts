import { addDays, localDate, localDayRange } from '../core/time/zones';
import type { WorkingCalendar } from '../core/time/working-calendar';
import type { IssueHistory, IssueState } from './issue-history';

export interface SprintWindow {
  id: number;
  start: number;
  end: number;
}

export interface Amount {
  points: number;
  issues: number;
}

/** One day of the burndown: what remained and what was in scope at the day's end (or now). */
export interface BurndownPoint {
  date: string;
  at: string;
  remaining: Amount;
  scope: Amount;
  ideal: Amount;
}

/** A change after the sprint started: scope added or removed, an estimate changed, an issue reopened. */
export interface ScopeChange {
  at: string;
  key: string;
  summary: string;
  kind: 'added' | 'removed' | 'estimate' | 'reopened';
  /** Points the change added to what remains (negative: taken away). */
  points: number;
}

export interface Burndown {
  start: string;
  end: string;
  /** The last instant charted: now, or the sprint's end when it has passed. */
  today: string;
  committed: Amount;
  scope: Amount;
  completed: Amount;
  remaining: Amount;
  series: BurndownPoint[];
  changes: ScopeChange[];
}

const pointsOf = (s: IssueState): number => s.points ?? 0;

/**
 * The sprint's burndown, replayed from the changelogs: at each instant an issue counts when it
 * existed and its Sprint field held the sprint, and remains when its status was not done. Points
 * are the estimate at that instant (none: 0 points, still 1 issue). The ideal line falls from
 * the committed amount to 0 over the sprint's working days, flat on the others.
 */
export function burndown(
  histories: readonly IssueHistory[],
  sprint: SprintWindow,
  done: ReadonlySet<string>,
  at: number,
  zone: string,
  calendar: WorkingCalendar,
): Burndown {
  const last = Math.max(sprint.start, Math.min(at, sprint.end));
  const inScope = (h: IssueHistory, t: number, s = h.stateAt(t)) => h.existsAt(t) && s.sprints.includes(sprint.id);
  const isDone = (s: IssueState) => s.statusId !== null && done.has(s.statusId);

  const measure = (t: number) => {
    const scope = { points: 0, issues: 0 };
    const remaining = { points: 0, issues: 0 };
    const completed = { points: 0, issues: 0 };
    for (const h of histories) {
      const s = h.stateAt(t);
      if (!inScope(h, t, s)) continue;
      scope.points += pointsOf(s);
      scope.issues++;
      const bucket = isDone(s) ? completed : remaining;
      bucket.points += pointsOf(s);
      bucket.issues++;
    }
    return { scope, remaining, completed };
  };

  const committed = measure(sprint.start).scope;
  const startDay = localDate(sprint.start, zone);
  const endDay = localDate(sprint.end, zone);
  const before = addDays(startDay, -1);
  const totalDays = calendar.workingDaysAfter(before, endDay);
  const ideal = (day: string): Amount => {
    const share = totalDays === 0 ? 1 : Math.min(1, calendar.workingDaysAfter(before, day) / totalDays);
    return { points: round(committed.points * (1 - share)), issues: round(committed.issues * (1 - share)) };
  };

  const series: BurndownPoint[] = [];
  const startFigures = measure(sprint.start);
  series.push({
    date: startDay,
    at: new Date(sprint.start).toISOString(),
    remaining: startFigures.remaining,
    scope: startFigures.scope,
    ideal: committed,
  });
  for (let day = startDay; day <= localDate(last, zone); day = addDays(day, 1)) {
    const t = Math.min(localDayRange(day, zone)[1] - 1, last);
    const f = measure(t);
    series.push({
      date: day,
      at: new Date(t).toISOString(),
      remaining: f.remaining,
      scope: f.scope,
      ideal: ideal(day),
    });
  }

  const now = measure(last);
  return {
    start: new Date(sprint.start).toISOString(),
    end: new Date(sprint.end).toISOString(),
    today: new Date(last).toISOString(),
    committed,
    scope: now.scope,
    completed: now.completed,
    remaining: now.remaining,
    series,
    changes: scopeChanges(histories, sprint, done, last),
  };
}

/** What changed the work after the start, issue by issue, oldest first. */
function scopeChanges(
  histories: readonly IssueHistory[],
  sprint: SprintWindow,
  done: ReadonlySet<string>,
  last: number,
): ScopeChange[] {
  const changes: ScopeChange[] = [];
  const isDone = (s: IssueState) => s.statusId !== null && done.has(s.statusId);
  for (const h of histories) {
    const { key, summary } = h.record;
    const created = h.existsAt(sprint.start) ? null : h.createdAt;
    // An issue created into the sprint after it started is scope added.
    if (created !== null && created <= last && h.stateAt(created).sprints.includes(sprint.id))
      changes.push({
        at: new Date(created).toISOString(),
        key,
        summary,
        kind: 'added',
        points: pointsOf(h.stateAt(created)),
      });
    for (const c of h.changes) {
      if (c.at <= sprint.start || c.at > last || (created !== null && c.at <= created)) continue;
      const before = h.stateAt(c.at - 1);
      const after = h.stateAt(c.at);
      const was = before.sprints.includes(sprint.id);
      const is = after.sprints.includes(sprint.id);
      const at = new Date(c.at).toISOString();
      if (!was && is) changes.push({ at, key, summary, kind: 'added', points: pointsOf(after) });
      else if (was && !is) changes.push({ at, key, summary, kind: 'removed', points: -pointsOf(before) });
      else if (was && is) {
        if (pointsOf(before) !== pointsOf(after))
          changes.push({ at, key, summary, kind: 'estimate', points: pointsOf(after) - pointsOf(before) });
        if (isDone(before) && !isDone(after))
          changes.push({ at, key, summary, kind: 'reopened', points: pointsOf(after) });
      }
    }
  }
  return changes.sort((a, b) => a.at.localeCompare(b.at) || a.key.localeCompare(b.key));
}

export const round = (n: number): number => Math.round(n * 10) / 10;
