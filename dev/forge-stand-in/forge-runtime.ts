import { AsyncLocalStorage } from 'node:async_hooks';
import { setEgressRoutes } from './egress';
import { KvsService } from './kvs-service';
import { manifestFacts } from './manifest-facts';
import { QueueService, type QueueServiceOptions } from './queue-service';

type ForgeFetch = (
  meta: { type?: string; provider?: string; remote?: string },
  path: string,
  init: RequestInit,
) => Promise<Response>;

export interface ForgeRuntimeOptions {
  /** The local site standing in for Jira (`/rest`), Confluence (`/wiki`) and the code hosts. */
  siteUrl: string;
  /** Where the storage persists (the preview); none: memory only (the tests). */
  storeFile?: string;
  /** Declared egress origin -> its local stand-in; default: GitHub and Bitbucket on the site. */
  egress?: Record<string, string>;
  /** The queue stand-in's time scale and the consumer's limit. */
  queue?: QueueServiceOptions;
}

/**
 * A stand-in for the Forge runtime around the app's production code: `@forge/kvs` calls are
 * answered by a KvsService with Forge's limits, `@forge/events` pushes by a QueueService that
 * invokes the consumer, `@forge/api` product calls go to the local site as the invoking user,
 * and egress goes to the declared hosts' stand-ins. Nothing of the app is
 * replaced: the same store, reading-log and requester classes run as on a site.
 */
export class ForgeRuntime {
  readonly kvs: KvsService;
  readonly queue: QueueService;
  /** The invocation in progress: its user, and for a queue consumer, whether it was killed. */
  private readonly invocation = new AsyncLocalStorage<{ account: string | null; stopped?: AbortSignal }>();
  private readonly egress: Record<string, string>;

  constructor(private readonly o: ForgeRuntimeOptions) {
    const facts = manifestFacts();
    this.kvs = new KvsService(facts.entities, o.storeFile);
    this.queue = new QueueService(o.queue);
    const local: Record<string, string> = {
      'https://api.github.com': `${o.siteUrl}/github`,
      'https://api.bitbucket.org': `${o.siteUrl}/bitbucket`,
    };
    this.egress =
      o.egress ??
      Object.fromEntries(
        facts.egress.map((origin) => [new URL(origin).origin, local[new URL(origin).origin] ?? origin]),
      );
  }

  install(): void {
    const route: ForgeFetch = async (meta, path, init) => {
      // A consumer abandoned at its time limit is a dead process on Forge: its calls never leave.
      if (this.invocation.getStore()?.stopped?.aborted)
        throw new Error('The invocation was stopped at its time limit (FUNCTION_TIME_OUT).');
      if (meta.type === 'kvs') {
        const body =
          typeof init.body === 'string' && init.body ? (JSON.parse(init.body) as Record<string, unknown>) : {};
        const { status, json } = this.kvs.handle(path, body);
        return new Response(json === undefined ? null : JSON.stringify(json), {
          status,
          headers: { 'content-type': 'application/json' },
        });
      }
      if (meta.remote === 'stargate' && path.startsWith('/webhook/queue/publish/')) {
        const body =
          typeof init.body === 'string' ? (JSON.parse(init.body) as Parameters<QueueService['push']>[0]) : {};
        const { status, json } = this.queue.push(body);
        return new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } });
      }
      const account = meta.provider === 'user' ? (this.invocation.getStore()?.account ?? null) : null;
      const headers: Record<string, string> = {
        ...(init.headers as Record<string, string> | undefined),
        Authorization: `Basic ${Buffer.from('forge-app:forge').toString('base64')}`,
        ...(account ? { 'X-Local-Account-Id': account } : {}),
      };
      return fetch(`${this.o.siteUrl}${path}`, { ...init, headers });
    };
    (globalThis as { __forge_fetch__?: ForgeFetch }).__forge_fetch__ = route;
    setEgressRoutes(this.egress);
  }

  uninstall(): void {
    delete (globalThis as { __forge_fetch__?: ForgeFetch }).__forge_fetch__;
    setEgressRoutes(null);
    this.kvs.flush();
  }

  /**
   * Declares a queue's consumer function (manifest `consumer`): invoked as the app (no user),
   * its answer serialized as Forge serializes it (an InvocationError becomes `{ _retry, retryOptions }`).
   */
  consume(queue: string, fn: (event: never) => Promise<unknown>): void {
    this.queue.consume(queue, (event, _context, stopped) =>
      this.invocation.run(
        { account: null, stopped },
        async () => JSON.parse(JSON.stringify((await fn(event as never)) ?? null)) as unknown,
      ),
    );
  }

  /** Runs `fn` as an invocation by `accountId` (null: no user, as the app's triggers run). */
  as<T>(accountId: string | null, fn: () => Promise<T>): Promise<T> {
    return this.invocation.run({ account: accountId }, fn);
  }
}
