import { AsyncLocalStorage } from 'node:async_hooks';
import { ForgeRequester } from '../fetch/forge-requester';
import { RetryingRequester } from '../fetch/retrying-requester';
import { resolverDefinitions } from '../resolvers/definitions';
import type { InvocationContext } from '../resolvers/context';
import type { KeyValueStore } from '../stores/key-value-store';
import { KvReadingLog } from '../stores/kv-reading-log';
import { fetchGet } from '../codehost/fetch-get';

type ForgeFetch = (meta: { provider: string; remote: string }, path: string, init: RequestInit) => Promise<Response>;

/**
 * Runs the app's real resolver definitions outside Forge, as the Forge runtime would: @forge/api
 * unchanged, its product calls routed through `global.__forge_fetch__` to a site (the local site
 * in the preview and the tests), each call carrying the invoking user. Storage is a store of the
 * caller's choice (a JSON file in the preview).
 */
export class ForgeHarness {
  private readonly caller = new AsyncLocalStorage<string | null>();
  private readonly definitions: ReturnType<typeof resolverDefinitions>;

  constructor(
    private readonly siteUrl: string,
    store: KeyValueStore,
    now: () => Date,
  ) {
    this.definitions = resolverDefinitions({
      store,
      readingLog: new KvReadingLog(store),
      // Code hosts: the local site's /github and /bitbucket stand in for api.github.com and api.bitbucket.org.
      codeHost: { get: fetchGet, bases: { github: `${siteUrl}/github`, bitbucket: `${siteUrl}/bitbucket/2.0` } },
      requester: (as) => new RetryingRequester(new ForgeRequester(as)),
      now,
    });
  }

  /** Routes @forge/api's product calls to the site: Jira at `/rest`, Confluence at `/wiki`. */
  install(): void {
    const route: ForgeFetch = (meta, path, init) => {
      const account = meta.provider === 'user' ? this.caller.getStore() : null;
      const headers: Record<string, string> = {
        ...(init.headers as Record<string, string> | undefined),
        Authorization: `Basic ${Buffer.from('forge-app:forge').toString('base64')}`,
        ...(account ? { 'X-Local-Account-Id': account } : {}),
      };
      return fetch(`${this.siteUrl}${path}`, { ...init, headers });
    };
    (globalThis as { __forge_fetch__?: ForgeFetch }).__forge_fetch__ = route;
  }

  /** Invokes a resolver as Forge does; the account id reaches the handler only through the context. */
  invoke(functionKey: string, payload: unknown, context: Omit<InvocationContext, 'accountId'>, accountId: string | null): Promise<unknown> {
    return this.caller.run(accountId, () =>
      this.definitions({ call: { functionKey, payload: payload }, context }, (accountId ? { principal: { accountId } } : {}) as never),
    );
  }
}
