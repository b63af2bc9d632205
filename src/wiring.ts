import { ForgeRequester } from './fetch/forge-requester';
import { DEFAULT_RETRY, RetryingRequester, UI_RETRY } from './fetch/retrying-requester';
import type { HandlerDeps } from './resolvers/deps';
import { KvsStore } from './stores/kvs-store';
import { KvsReadingLog } from './stores/kvs-reading-log';
import { forgeGet } from './codehost/forge-get';
import { Queue } from '@forge/events';
import { WALK_QUEUE } from './app/walks/background-walks';
import { WalkRunStore } from './stores/walk-run-store';
import { SentStore } from './stores/sent-store';
import { SettingsStore } from './stores/settings-store';

/**
 * The app's production wiring: Forge storage (`@forge/kvs`), the reading log on its custom
 * entity, Jira and Confluence through `@forge/api` as the user or the app, code hosts through
 * Forge's egress. `src/index.ts` runs it on Forge; the preview and the tests run the very same
 * wiring inside the Forge runtime stand-in, with only the clock given.
 */
export function forgeDeps(now: () => Date = () => new Date()): HandlerDeps {
  return {
    store: new KvsStore(),
    readingLog: new KvsReadingLog(),
    codeHost: { get: forgeGet },
    // As the user: a UI invocation, which Forge ends at 25 s. As the app: a trigger or the queue's consumer.
    requester: (as) => new RetryingRequester(new ForgeRequester(as), as === 'user' ? UI_RETRY : DEFAULT_RETRY),
    walkQueue: { push: async (events) => void (await new Queue({ key: WALK_QUEUE }).push(events)) },
    walkRuns: new WalkRunStore(),
    sent: new SentStore(),
    settings: new SettingsStore(),
    now,
  };
}
