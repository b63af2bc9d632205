import { runDailyWalk, type HandlerDeps } from './handlers';

/** The scheduled trigger's function: queues the day's walks, with one log line. */
export function dailyWalkHandler(deps: HandlerDeps): () => Promise<void> {
  return async () => {
    const { queued, retention } = await runDailyWalk(deps);
    console.log(`Focus Walk daily: queued ${queued} walk(s) and ${retention} retention job(s)`);
  };
}
