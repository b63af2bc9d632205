import { runDailyWalk, type HandlerDeps } from './handlers';

/** The scheduled trigger's function: the daily walk, with one log line per outcome. */
export function dailyWalkHandler(deps: HandlerDeps): () => Promise<void> {
  return async () => {
    const { walked, failed, deleted } = await runDailyWalk(deps);
    console.log(`Focus Walk daily: walked ${walked.length} project(s), deleted ${deleted} day(s) past retention`);
    for (const f of failed) console.error(`Focus Walk daily: ${f.project} could not be walked: ${f.reason}`);
  };
}
