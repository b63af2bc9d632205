import { getMyself } from '../../fetch/jira/get-myself';
import type { Requester } from '../../fetch/requester';
import { NotFoundError } from '../../core/errors';
import { checklistOf } from './checklist';
import type { ChecklistEntry } from '../contract';
import { periodsAt } from '../settings/periods';
import type { AppStores } from '../records/app-stores';
import { loadSettings } from '../settings/load-settings';

/**
 * Records a hand tick (or untick) of a checklist item by the signed-in user and answers the
 * checklist. Before the project has a walk today, the items are shown without automatic ticks.
 */
export async function tickItem(
  stores: AppStores,
  api: Requester,
  now: Date,
  project: string,
  accountId: string,
  itemId: string,
  ticked: boolean,
  note?: string,
): Promise<ChecklistEntry[]> {
  const { settings } = await loadSettings(stores, project);
  const item = settings.checklist.find((i) => i.id === itemId);
  if (!item) throw new NotFoundError(`There is no checklist item "${itemId}".`);
  const periods = periodsAt(now, settings.timezone);
  const stored = await stores.getDay(project, periods.day);
  const displayName = stored?.people[accountId] ?? (await getMyself(api)).displayName;
  await stores.recordTick(project, item.cadence === 'weekly' ? periods.week : periods.day, {
    itemId,
    accountId,
    displayName,
    ticked,
    at: now.toISOString(),
    ...(note ? { note } : {}),
  });
  const [day, week] = await Promise.all([stores.ticks(project, periods.day), stores.ticks(project, periods.week)]);
  return checklistOf(settings, stored?.report ?? null, periods, { day, week });
}
