import { addDays, isoWeekday } from './zones';

/** How far the calendar looks for a working day before giving up (ten years). */
const MAX_SCAN_DAYS = 3660;

/** Working days (ISO weekdays minus holidays) of settings.md. */
export class WorkingCalendar {
  private readonly weekdays: ReadonlySet<number>;
  private readonly holidays: ReadonlySet<string>;
  private readonly prevCache = new Map<string, string | null>();
  private readonly workingCache = new Map<string, boolean>();

  constructor(workingDays: readonly number[], holidays: readonly string[]) {
    this.weekdays = new Set(workingDays);
    this.holidays = new Set(holidays);
  }

  isWorkingDay(date: string): boolean {
    let ok = this.workingCache.get(date);
    if (ok === undefined) {
      ok = this.weekdays.has(isoWeekday(date)) && !this.holidays.has(date);
      this.workingCache.set(date, ok);
    }
    return ok;
  }

  /** The latest working day strictly before `date`; null when none within ten years. */
  prevWorkingDay(date: string): string | null {
    let found = this.prevCache.get(date);
    if (found !== undefined) return found;
    found = null;
    let d = date;
    for (let i = 0; i < MAX_SCAN_DAYS; i++) {
      d = addDays(d, -1);
      if (this.isWorkingDay(d)) {
        found = d;
        break;
      }
    }
    this.prevCache.set(date, found);
    return found;
  }

  /** Working days d with `after < d <= upTo` (0 when upTo is not after `after`). */
  workingDaysAfter(after: string, upTo: string): number {
    let count = 0;
    let d = upTo;
    for (let i = 0; i < MAX_SCAN_DAYS && d > after; i++) {
      if (this.isWorkingDay(d)) count++;
      d = addDays(d, -1);
    }
    return count;
  }

  /**
   * Working days from `today` to `date` (checks-delivery.md's d): after today up to and
   * including `date`; a date already passed counts back, negative; 0 on the day itself.
   */
  workingDaysUntil(today: string, date: string): number {
    return date >= today ? this.workingDaysAfter(today, date) : -this.workingDaysAfter(date, today);
  }
}
