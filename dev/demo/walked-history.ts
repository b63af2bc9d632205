import { AppStores } from '../../src/app/records/app-stores';
import type { KeyValueStore } from '../../src/stores/key-value-store';

/** The demo team's scores on the two weeks of working days before the demo's Thursday. */
const PAST = [
  ['2026-11-05', 64],
  ['2026-11-06', 68],
  ['2026-11-09', 71],
  ['2026-11-10', 69],
  ['2026-11-11', 74],
  ['2026-11-12', 78],
  ['2026-11-13', 76],
  ['2026-11-16', 80],
  ['2026-11-17', 79],
  ['2026-11-18', 81],
] as const;

/**
 * Two weeks of walked history for the preview, so the Trend and the past days are not empty: the
 * day's stored walk, recorded again on each past working day with that day's score, through the
 * app's own history store (as the daily trigger would have left it).
 */
export async function seedWalkedHistory(kv: KeyValueStore, project: string, today: string): Promise<number> {
  const stores = new AppStores(kv);
  const day = await stores.getDay(project, today);
  if (!day) return 0;
  for (const [date, score] of PAST)
    await stores.saveDay(project, date, { ...day.report, at: `${date}T17:30:00.000Z`, score }, day.people, day.extras);
  return PAST.length;
}
