import { kvs, WhereConditions } from '@forge/kvs';
import type { ReadingEntry, ReadingLog } from './reading-log';
import { keys } from './storage-keys';

/** The `reading-entry` custom entity of manifest.yml, with its `by-account` and `by-date` indexes. */
const ENTITY = 'reading-entry';

async function all(query: { cursor(c: string): unknown; getMany(): Promise<{ results: Array<{ value: ReadingEntry }>; nextCursor?: string }> }): Promise<ReadingEntry[]> {
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
  add(entry: ReadingEntry): Promise<void> {
    return kvs.entity<ReadingEntry>(ENTITY).set(keys.readingEntry(entry.id), entry);
  }

  remove(id: string): Promise<void> {
    return kvs.entity<ReadingEntry>(ENTITY).delete(keys.readingEntry(id));
  }

  forAccount(accountId: string, from: string, to: string): Promise<ReadingEntry[]> {
    return all(kvs.entity<ReadingEntry>(ENTITY).query().index('by-account', { partition: [accountId] }).where(WhereConditions.between(from, to)).limit(100));
  }

  forDates(from: string, to: string): Promise<ReadingEntry[]> {
    return all(kvs.entity<ReadingEntry>(ENTITY).query().index('by-date').where(WhereConditions.between(from, to)).limit(100));
  }
}
