import { addDays } from '../core/time/zones';
import type { WorkingCalendar } from '../core/time/working-calendar';
import { round, type Burndown } from './burndown';
import type { SprintFigures } from './sprint-figures';

export interface Forecast {
  remainingPoints: number;
  /** Points a working day: the closed sprints' average, else this sprint's pace so far. */
  pointsPerDay: number | null;
  basis: 'velocity' | 'this-sprint' | 'none';
  workingDaysLeft: number;
  workingDaysNeeded: number | null;
  /** The working day on which the remaining work would be done at that pace; null: no pace yet. */
  finishDate: string | null;
  onTrack: boolean | null;
}

/**
 * When the sprint's remaining points would be done: at the average velocity of the closed
 * sprints (completed points per working day), or, with none closed yet, at this sprint's pace.
 */
export function forecast(
  b: Burndown,
  velocity: readonly SprintFigures[],
  today: string,
  endDay: string,
  startDay: string,
  calendar: WorkingCalendar,
): Forecast {
  const closed = velocity.filter((v) => v.workingDays > 0);
  const workingDaysLeft = calendar.workingDaysAfter(today, endDay);
  let pointsPerDay: number | null = null;
  let basis: Forecast['basis'] = 'none';
  if (closed.length > 0) {
    const points = closed.reduce((n, v) => n + v.completed.points, 0);
    const days = closed.reduce((n, v) => n + v.workingDays, 0);
    pointsPerDay = points / days;
    basis = 'velocity';
  } else {
    const elapsed = calendar.workingDaysAfter(addDays(startDay, -1), today);
    if (elapsed > 0 && b.completed.points > 0) {
      pointsPerDay = b.completed.points / elapsed;
      basis = 'this-sprint';
    }
  }
  const remainingPoints = b.remaining.points;
  if (remainingPoints === 0)
    return {
      remainingPoints,
      pointsPerDay: rate(pointsPerDay),
      basis,
      workingDaysLeft,
      workingDaysNeeded: 0,
      finishDate: today,
      onTrack: true,
    };
  if (!pointsPerDay)
    return {
      remainingPoints,
      pointsPerDay: null,
      basis,
      workingDaysLeft,
      workingDaysNeeded: null,
      finishDate: null,
      onTrack: null,
    };
  const needed = Math.ceil(remainingPoints / pointsPerDay);
  let finish = today;
  for (let n = 0; n < needed;) {
    finish = addDays(finish, 1);
    if (calendar.isWorkingDay(finish)) n++;
    if (finish > addDays(today, 3660)) break;
  }
  return {
    remainingPoints,
    pointsPerDay: rate(pointsPerDay),
    basis,
    workingDaysLeft,
    workingDaysNeeded: needed,
    finishDate: finish,
    onTrack: finish <= endDay,
  };
}

const rate = (n: number | null) => (n === null ? null : round(n));
