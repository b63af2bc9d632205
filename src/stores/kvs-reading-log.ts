import { kvs, WhereConditions } from '@forge/kvs';
import { BusyError } from '../core/errors';
import type { ReadingEntry, ReadingLog } from './reading-log';
import { keys } from './storage-keys';
import { heldByAnother, ifVersion } from './version-condition';

/** The `reading-entry` custom entity of manifest.yml, with its `by-account` and `by-date` indexes. */
const ENTITY = 'reading-entry';
/** The `reading-day` entity: one reader's minutes of one day, with a version for compare-and-set. */
const DAY = 'reading-day';

interface DayTotal {
  accountId: string;
  date: string;
  minutes: number;
  version: number;
}

/** Too many logs of one reader at the same moment: nothing was written; the same log may be sent again (code BUSY). */
export class ReadingLogBusyError extends BusyError {
  override name = 'ReadingLogBusyError';
}

/** Attempts at the day's compare-and-set before answering BUSY, each after a short random wait. */
const ATTEMPTS = 8;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function all(query: {
  cursor(c: string): unknown;
  getMany(): Promise<{ results: Array<{ value: ReadingEntry }>; nextCursor?: string }>;
}): Promise<ReadingEntry[]> {
  const out: ReadingEntry[] = [];
  let q = query;
  for (;;) {
    const page = await q.getMany();
    out.push(...page.results.map((r) => r.value));
    if (!page.nextCursor) return out;
    q = q.cursor(page.nextCursor) as typeof q;
  }
}

export class KvsReadingLog implements ReadingLog {
  /**
   * The entry and the day's new total in one transaction, on condition that the day's total
   * row still has the version read (or does not exist yet): a concurrent log makes the
   * condition fail, and the day is read again after a short random wait. A refusal counts as
   * that conflict only when the day's row has moved on (heldByAnother); any other storage error
   * is thrown. Eight conflicts in a row answer BUSY, which the caller may send again.
   */
  async add(entry: ReadingEntry, capMinutes: number): Promise<{ added: boolean; dayMinutes: number }> {
    const dayKey = keys.readingDay(entry.accountId, entry.date);
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (attempt > 0) await pause(5 + Math.random() * 20 * attempt);
      const day = await kvs.entity<DayTotal>(DAY).get(dayKey);
      const before = day?.minutes ?? 0;
      if (before + entry.minutes > capMinutes) return { added: false, dayMinutes: before };
      try {
        await kvs
          .transact()
          .set(
            dayKey,
            {
              accountId: entry.accountId,
              date: entry.date,
              minutes: before + entry.minutes,
              version: (day?.version ?? 0) + 1,
            },
            ifVersion<DayTotal>(DAY, day?.version ?? null),
          )
          .set(keys.readingEntry(entry.id), entry, { entityName: ENTITY })
          .execute();
        return { added: true, dayMinutes: before + entry.minutes };
      } catch (error) {
        await heldByAnother(error, day?.version ?? null, () => kvs.entity<DayTotal>(DAY).get(dayKey));
      }
    }
    throw new ReadingLogBusyError('The reading log is busy (other logs at the same moment); try again.');
  }

  forAccount(accountId: string, from: string, to: string): Promise<ReadingEntry[]> {
    return all(
      kvs
        .entity<ReadingEntry>(ENTITY)
        .query()
        .index('by-account', { partition: [accountId] })
        .where(WhereConditions.between(from, to))
        .limit(100),
    );
  }

  forDates(from: string, to: string): Promise<ReadingEntry[]> {
    return all(
      kvs.entity<ReadingEntry>(ENTITY).query().index('by-date').where(WhereConditions.between(from, to)).limit(100),
    );
  }
}
