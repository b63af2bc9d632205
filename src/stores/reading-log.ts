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
  add(entry: ReadingEntry): Promise<void>;
  remove(id: string): Promise<void>;
  /** One person's entries from `from` to `to` (inclusive days). */
  forAccount(accountId: string, from: string, to: string): Promise<ReadingEntry[]>;
  /** Everyone's entries from `from` to `to`: the team view and the Jira walk. */
  forDates(from: string, to: string): Promise<ReadingEntry[]>;
}
