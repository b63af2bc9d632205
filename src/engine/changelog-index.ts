import type { Changelog } from '../snapshot/schema';
import type { Histories } from './history';

/**
 * Each issue's changelog entries, by issue id, until its view takes them (issueView); they are
 * parsed only for the issues a check asks about (fieldChanges, markerChanges): most never are.
 * An issue's changelog may come in more than one entry: appended, in the order they came. Each
 * entry of a snapshot read lazily is checked here, as it is read (parseSnapshotLazily).
 */
export function changelogsById(
  changelogs: readonly Changelog[] | undefined,
  checkChangelog: ((index: number) => void) | undefined,
): Map<string, Histories> {
  const histories = new Map<string, Histories>();
  if (!changelogs) return histories;
  for (let k = 0; k < changelogs.length; k++) {
    checkChangelog?.(k);
    const log = changelogs[k] as Changelog;
    const seen = histories.get(log.issueId);
    histories.set(log.issueId, seen ? seen.concat(log.changeHistories) : log.changeHistories);
  }
  return histories;
}
