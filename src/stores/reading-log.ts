/** One logged stretch of the reading hour (snapshot.md `readingLog` entries, plus id and time). */
export interface ReadingEntry {
  id: string;
  accountId: string;
  /** The reader's local day, `YYYY-MM-DD`. */
  date: string;
  minutes: number;
  pageIds: string[];
  at: string;
}

/**
 * The reading log, indexed by account and by date: the `reading-entry` custom entity of
 * @forge/kvs (kvs-reading-log.ts), in Forge and, through the runtime stand-in, everywhere.
 */
export interface ReadingLog {
  /**
   * Adds the entry unless the reader's day would pass `capMinutes`; atomic under concurrent
   * adds. Answers whether it was added and the day's minutes (with it, or as they stand).
   */
  add(entry: ReadingEntry, capMinutes: number): Promise<{ added: boolean; dayMinutes: number }>;
  /** One person's entries from `from` to `to` (inclusive days). */
  forAccount(accountId: string, from: string, to: string): Promise<ReadingEntry[]>;
  /** Everyone's entries from `from` to `to`: the team view and the Jira walk. */
  forDates(from: string, to: string): Promise<ReadingEntry[]>;
}
