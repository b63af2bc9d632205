import { runHourlyTrigger, type HandlerDeps } from './handlers';

/** The hourly scheduled trigger's function: queues each project's nudges, digest and escalations. */
export function hourlyHandler(deps: HandlerDeps): () => Promise<void> {
  return async () => {
    const queued = await runHourlyTrigger(deps);
    console.log(`Focus Walk hourly: queued ${queued} project(s)`);
  };
}
