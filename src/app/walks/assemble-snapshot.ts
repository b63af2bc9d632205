import type { JiraReads } from '../../fetch/fetch-snapshot';
import type { ReadingEntry } from '../../stores/reading-log';
import { parseSnapshot } from '../../snapshot/parse-snapshot';
import type { Snapshot } from '../../snapshot/schema';

export interface SnapshotSources {
  /** What the fetch layer read from Jira. */
  jira: JiraReads;
  /** The team's reading log, when the team uses the macro (null: the reading check is skipped). */
  reading: readonly ReadingEntry[] | null;
  /** What the connected code host found, by issue id; null: Jira's Development counts stand. */
  development: Record<string, unknown> | null;
  /** What sprint reporting reads beyond the walk (reporting-reads.ts); absent: the walk's issues only. */
  reporting?: unknown;
  /** The project's risk register as the app keeps it (checks-delivery.md); absent: the risk check is skipped. */
  risks?: unknown[];
}

/**
 * The one place a walk's snapshot is put together (snapshot.md): Jira's reads, the reading log
 * and the code host's development, into the validated snapshot the engine walks. Nothing the
 * sources hold is changed; a bad part is named by the snapshot's validation.
 */
export function assembleSnapshot({ jira, reading, development, reporting, risks }: SnapshotSources): Snapshot {
  return parseSnapshot({
    ...jira,
    ...(risks ? { risks } : {}),
    ...(reporting ? { reporting } : {}),
    ...(reading && reading.length > 0
      ? { readingLog: reading.map(({ accountId, date, minutes, pageIds }) => ({ accountId, date, minutes, pageIds })) }
      : {}),
    ...(development ? { development } : {}),
  });
}
