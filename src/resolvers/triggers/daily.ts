import { DateTime } from 'luxon';
import { parseSettings } from '../../settings/schema';
import { loadSettings } from '../../app/settings/load-settings';
import { periodsAt } from '../../app/settings/periods';
import { queueDailyWalks } from '../../app/walks/background-walks';
import { SENT_RETENTION_DAYS } from '../../app/sending/sent-log';
import { backgroundDeps, type HandlerDeps } from '../deps';

/**
 * The daily trigger: pushes one background walk per project that has Focus Walk settings
 * (idempotent for the day) first, then one retention event per project; the consumer deletes
 * the days past `history.retentionDays` and the sent log past 90 days, within its 900 s, so the
 * trigger's own 55 s hold only the pushes.
 */
export async function runDailyWalk(deps: HandlerDeps): Promise<{ queued: number; retention: number }> {
  const background = backgroundDeps(deps);
  const days: Array<{ project: string; day: string }> = [];
  for (const project of await background.stores.projectsWithSettings()) {
    const { settings } = await loadSettings(background.stores, project).catch(() => ({ settings: parseSettings({}) }));
    days.push({ project, day: periodsAt(deps.now(), settings.timezone).day });
  }
  const queued = await queueDailyWalks(background, days);
  const retention = days.map(({ project }) => ({ body: { kind: 'retention', project } }));
  for (let i = 0; i < retention.length; i += 50) await deps.walkQueue.push(retention.slice(i, i + 50));
  return { queued, retention: retention.length };
}

/** A `retention` event: the project's days past `history.retentionDays`, and sent-log rows past 90 days. */
export async function runRetention(deps: HandlerDeps, project: string): Promise<{ days: number; sent: number }> {
  const background = backgroundDeps(deps);
  const { settings } = await loadSettings(background.stores, project);
  const day = periodsAt(deps.now(), settings.timezone).day;
  const firstKept =
    DateTime.fromISO(day)
      .minus({ days: settings.history.retentionDays - 1 })
      .toISODate() ?? day;
  const days = (await background.stores.deleteDaysBefore(project, firstKept)).length;
  const sent = await background.sent.deleteBefore(
    project,
    DateTime.fromISO(day)
      .minus({ days: SENT_RETENTION_DAYS - 1 })
      .toISODate() ?? day,
  );
  return { days, sent };
}

/** The daily scheduled trigger's function (manifest `daily-walk`): queues the day's walks, with one log line. */
export function dailyWalkHandler(deps: HandlerDeps): () => Promise<void> {
  return async () => {
    const { queued, retention } = await runDailyWalk(deps);
    console.log(`Focus Walk daily: queued ${queued} walk(s) and ${retention} retention job(s)`);
  };
}
