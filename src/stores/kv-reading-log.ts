import type { KeyValueStore } from './key-value-store';
import type { ReadingEntry, ReadingLog } from './reading-log';

/** The reading log over a KeyValueStore: `reading:{date}:{accountId}:{id}`, so a date range is a key range. */
export class KvReadingLog implements ReadingLog {
  constructor(private readonly kv: KeyValueStore) {}

  add(entry: ReadingEntry): Promise<void> {
    return this.kv.set(`reading:${entry.date}:${encodeURIComponent(entry.accountId)}:${entry.id}`, entry);
  }

  async forAccount(accountId: string, from: string, to: string): Promise<ReadingEntry[]> {
    return (await this.forDates(from, to)).filter((e) => e.accountId === accountId);
  }

  async forDates(from: string, to: string): Promise<ReadingEntry[]> {
    return (await this.kv.list<ReadingEntry>('reading:')).map((e) => e.value).filter((e) => e.date >= from && e.date <= to);
  }
}
