/** Forge entry points only (manifest.yml: index.resolver, index.dailyWalk). */
import { ForgeRequester } from './fetch/forge-requester';
import { RetryingRequester } from './fetch/retrying-requester';
import { resolverDefinitions } from './resolvers/definitions';
import { runDailyWalk, type HandlerDeps } from './resolvers/handlers';
import { KvsStore } from './stores/kvs-store';
import { KvsReadingLog } from './stores/kvs-reading-log';
import { forgeGet } from './codehost/forge-get';

const deps: HandlerDeps = {
  store: new KvsStore(),
  readingLog: new KvsReadingLog(),
  codeHost: { get: forgeGet },
  requester: (as) => new RetryingRequester(new ForgeRequester(as)),
  now: () => new Date(),
};

export const resolver = resolverDefinitions(deps);

export async function dailyWalk(): Promise<void> {
  const { walked, failed } = await runDailyWalk(deps);
  console.log(`Focus Walk daily: walked ${walked.length} project(s)`);
  for (const f of failed) console.error(`Focus Walk daily: ${f.project} could not be walked: ${f.reason}`);
}
