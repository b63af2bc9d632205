import { queueWeeklyReports } from '../../app/schedules/weekly-report';
import { backgroundDeps, type HandlerDeps } from '../deps';

/** The weekly trigger: pushes one status report per project that names a Confluence space. */
export async function runWeeklyTrigger(deps: HandlerDeps): Promise<number> {
  return queueWeeklyReports(backgroundDeps(deps));
}

/** The weekly scheduled trigger's function: queues each project's status report. */
export function weeklyHandler(deps: HandlerDeps): () => Promise<void> {
  return async () => {
    const queued = await runWeeklyTrigger(deps);
    console.log(`Focus Walk weekly: queued ${queued} status report(s)`);
  };
}
