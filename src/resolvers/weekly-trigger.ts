import { runWeeklyTrigger, type HandlerDeps } from './handlers';

/** The weekly scheduled trigger's function: queues each project's status report. */
export function weeklyHandler(deps: HandlerDeps): () => Promise<void> {
  return async () => {
    const queued = await runWeeklyTrigger(deps);
    console.log(`Focus Walk weekly: queued ${queued} status report(s)`);
  };
}
