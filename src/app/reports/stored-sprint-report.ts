import { fitWithin } from '../records/fit-within';
import type { SprintReport } from '../../reporting/sprint-report';

/** Under Forge's 240 KiB per value, with the same room as the walk's parts. */
export const SPRINT_REPORT_BYTES = 200 * 1024;
/** Scope changes kept with the Sprint tab's figures: the latest. */
export const MAX_STORED_CHANGES = 300;

/**
 * The sprint progress as stored: what could not be read named in its notes, and small enough for
 * one KVS value whatever the sprint's size. Scope changes beyond the latest 300 are dropped; if it
 * is still too large (hundreds of epics, long summaries), the oldest changes and the epics with the
 * least work go, halving each time, and the notes say how many are listed.
 */
export function storedSprintReport(progress: SprintReport, partial: readonly string[]): SprintReport {
  const b = progress.burndown;
  const allChanges = b?.changes ?? [];
  let changes = allChanges.slice(-MAX_STORED_CHANGES);
  // Most work first, so the epics kept are the ones the sprint is mostly about.
  let epics = [...progress.epics].sort((x, y) => y.total - x.total || x.key.localeCompare(y.key));
  const build = (): SprintReport => ({
    ...progress,
    ...(b ? { burndown: { ...b, changes } } : {}),
    epics: progress.epics.filter((e) => epics.includes(e)),
    notes: [
      ...progress.notes,
      ...(changes.length < allChanges.length
        ? [`${allChanges.length} scope changes; the latest ${changes.length} are listed.`]
        : []),
      ...(epics.length < progress.epics.length
        ? [`${progress.epics.length} epics; the ${epics.length} with the most issues are listed.`]
        : []),
      ...partial.map((p) => `Not read: ${p}`),
    ],
  });
  return fitWithin(build(), SPRINT_REPORT_BYTES, () => {
    if (changes.length === 0 && epics.length === 0) return null;
    if (changes.length >= epics.length) changes = changes.slice(Math.ceil(changes.length / 2));
    else epics = epics.slice(0, Math.floor(epics.length / 2));
    return build();
  });
}
