import { queueHourly } from '../../app/schedules/hourly';
import { backgroundDeps, type HandlerDeps } from '../deps';

/** The hourly trigger: pushes the hour's work of each project that asked for it. */
export async function runHourlyTrigger(deps: HandlerDeps): Promise<number> {
  return queueHourly(backgroundDeps(deps), deps.now().toISOString().slice(0, 13));
}

/** The hourly scheduled trigger's function: queues each project's nudges, digest and escalations. */
export function hourlyHandler(deps: HandlerDeps): () => Promise<void> {
  return async () => {
    const queued = await runHourlyTrigger(deps);
    console.log(`Focus Walk hourly: queued ${queued} project(s)`);
  };
}
