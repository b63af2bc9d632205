import type { Settings } from '../settings/schema';
import { WorkingCalendar } from '../core/time/working-calendar';

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The earliest comment whose text a walk at `at` reads: open questions look back
 * `questionWindowDays` (their answers come after them), the Focus checks and the stand-up board
 * read the previous working day and today of each member's zone. The earliest local today
 * anywhere is at UTC-12 (14 h taken for a margin); its previous working day starts earliest at
 * UTC+14. No walk keeps the text of an older comment (its row keeps when and by whom, with the
 * text ''; a background walk's compact form drops it as the page arrives): the engine never reads
 * it (test/engine/text-window.test.ts reads at the window's edges).
 */
export function textsReadSince(settings: Settings, at: number): number {
  const calendar = new WorkingCalendar(settings.workingDays, settings.holidays);
  const earliestToday = new Date(at - 14 * HOUR_MS).toISOString().slice(0, 10);
  const prev = calendar.prevWorkingDay(earliestToday) ?? earliestToday;
  const focusFrom = Date.parse(`${prev}T00:00:00.000Z`) - 14 * HOUR_MS;
  return Math.min(at - settings.questionWindowDays * DAY_MS, focusFrom) - HOUR_MS;
}
