import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LatencyDraw, type Faults } from './faults';
import { ROUTES } from './routes';
import { jiraError, type Reply, type Route, type RouteContext, type SentMail } from './route';
import type { SiteData } from './site-data';
import type { ConfluenceData } from '../demo/confluence-demo';
import type { CodeHostData } from '../demo/code-host-demo';

export interface LocalSiteOptions {
  port?: number;
  /** When set, basic auth must carry this API token (any email); otherwise any credentials pass. */
  token?: string;
  faults?: Faults;
  /** Keep every request and reply (for the OpenAPI tests). */
  record?: boolean;
  /** Account ids that administer the project (GET /mypermissions). */
  admins?: string[];
  /** The site's clock, for the `created` of new comments. */
  now?: () => Date;
  /** Confluence spaces, pages and blog posts served under /wiki/api/v2. */
  confluence?: ConfluenceData;
  /** Repositories served under /github and /bitbucket/2.0, and the one token they accept. */
  codeHost?: CodeHostData;
  codeHostToken?: string;
  /** GitHub: after this many calls, answer 403 with x-ratelimit-remaining 0 for a second. */
  githubRateLimit?: number;
  /** Issue-level security: issue keys each account may not see (search leaves them out). */
  hidden?: Record<string, string[]>;
}

export interface Exchange {
  route: Route | null;
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  status: number;
  json: unknown;
  /** Whom the call was made as: the user's account id (`asUser`), null for the app. */
  caller: string | null;
}

export interface LocalSite {
  url: string;
  /** Requests per operation id (`unknown` for unmatched paths), faults included. */
  counts: Record<string, number>;
  total(): number;
  exchanges: Exchange[];
  /** The emails asked for through notify, oldest first. */
  outbox: SentMail[];
  setFaults(faults: Faults | undefined): void;
  setData(data: SiteData): void;
  resetCounts(): void;
  close(): Promise<void>;
}

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const pattern = new RegExp(
    `^${route.template.replace(/\{([\w-]+)\}/g, (_m, name: string) => (names.push(name), '([^/]+)'))}$`,
  );
  return { route, pattern, names };
}

const COMPILED = ROUTES.map(compile);

function match(method: string, path: string): { route: Route; params: Record<string, string> } | null {
  for (const c of COMPILED) {
    if (c.route.method !== method) continue;
    const m = c.pattern.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    c.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1] ?? '')));
    return { route: c.route, params };
  }
  return null;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function authorized(req: IncomingMessage, token: string | undefined): boolean {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return false;
  if (token === undefined) return true;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1) === token;
}

/**
 * The stand-in for Jira Cloud on machines with no Atlassian site: Atlassian's REST shapes
 * served from a data set in snapshot form, on 127.0.0.1, paging as Jira pages, with 429s,
 * 500s and latency on demand, and a count of requests per operation.
 */
export async function startLocalSite(initial: SiteData, options: LocalSiteOptions = {}): Promise<LocalSite> {
  let data = initial;
  const outbox: SentMail[] = [];
  let refusedWrites = 0;
  let faults = options.faults;
  let seen = 0;
  const latency = new LatencyDraw(7);
  const counts: Record<string, number> = {};
  const exchanges: Exchange[] = [];

  const server = createServer((req, res) => {
    void handle(req, res);
  });

  function failing(method: string, url: URL, raw: string): number | undefined {
    const pick = faults?.failWhen;
    if (!pick) return undefined; // the body is parsed for the picker only
    let body: unknown = undefined;
    try {
      body = raw ? (JSON.parse(raw) as unknown) : undefined;
    } catch {
      body = raw;
    }
    return pick({ method, path: url.pathname, query: url.searchParams, body });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const found = match(method, url.pathname);
    const op = found?.route.operationId ?? 'unknown';
    counts[op] = (counts[op] ?? 0) + 1;
    const n = ++seen;
    const raw = method === 'POST' || method === 'PUT' ? await readBody(req) : '';
    if (faults?.neverAnswer) return;
    if (faults?.htmlLoginPage) {
      res.writeHead(200, { 'Content-Type': 'text/html;charset=UTF-8' });
      res.end(
        '<!DOCTYPE html><html><head><title>Log in with Atlassian account</title></head><body><form action="/login"></form></body></html>',
      );
      return;
    }
    const wait = latency.next(faults?.latencyMs);
    // Unref'd: a slow answer nobody waits for any more (its caller was killed) keeps no process alive.
    if (wait > 0) await new Promise((r) => setTimeout(r, wait).unref());
    const began = performance.now();

    let body: unknown = undefined;
    let reply: Reply;
    const injected = failing(method, url, raw);
    const caller = req.headers['x-local-account-id'];
    const hidden = typeof caller === 'string' ? new Set(options.hidden?.[caller] ?? []) : new Set<string>();
    const context = (params: Record<string, string>, parsed: unknown): RouteContext => ({
      data: hidden.size ? { ...data, issues: data.issues.filter((i) => !hidden.has(i.key)) } : data,
      base: siteUrl,
      params,
      query: url.searchParams,
      body: parsed,
      caller: typeof caller === 'string' ? caller : null,
      admins: options.admins ?? [],
      now: options.now ?? (() => new Date()),
      ...(options.confluence ? { confluence: options.confluence } : {}),
      ...(options.codeHost ? { codeHost: options.codeHost } : {}),
      outbox,
    });
    if (found && (found.route.document === 'github' || found.route.document === 'bitbucket')) {
      reply = codeHostReply(found.route, req, context(found.params, undefined));
    } else if (!authorized(req, options.token)) {
      reply = jiraError(401, 'Client must be authenticated to access this resource.');
    } else if (faults?.every429 && n % faults.every429 === 0) {
      reply = {
        ...jiraError(429, 'Rate limit exceeded.'),
        headers: { 'Retry-After': String(faults.retryAfterSeconds ?? 1) },
      };
    } else if (faults?.every500 && n % faults.every500 === 0) {
      reply = jiraError(500, 'Internal server error (injected).');
    } else if (injected !== undefined) {
      reply = jiraError(injected, 'Failed (injected): this request was picked to fail.');
    } else if (!found) {
      reply = jiraError(404, `The local site does not serve ${method} ${url.pathname}.`);
    } else {
      try {
        body = raw ? (JSON.parse(raw) as unknown) : undefined;
        const refuse = faults?.failFirstWrites;
        if (refuse && found.route.writes && refusedWrites < refuse.count) {
          refusedWrites++;
          reply = jiraError(refuse.status, 'Refused (injected): nothing was written.');
        } else reply = found.route.handle(context(found.params, body));
        if (faults?.statusAfterWrite && found.route.writes && reply.status < 300) {
          reply = jiraError(faults.statusAfterWrite, 'Bad gateway (injected after the write).');
        }
      } catch (error) {
        reply =
          error instanceof SyntaxError
            ? jiraError(400, 'The request body is not JSON.')
            : jiraError(500, String(error));
      }
    }
    const text = JSON.stringify(reply.json);
    if (faults?.perIssueMs && reply.status < 300) {
      const issues = (reply.json as { issues?: Array<{ fields?: Record<string, unknown> }> } | null)?.issues;
      const full = Array.isArray(issues) ? issues.filter((i) => Object.keys(i.fields ?? {}).length > 1).length : 0;
      // The per-issue time is the whole of the site's work on the answer, as a real site's is on
      // its own machines: this stand-in's own building and serialising of the page (on the
      // machine it shares with its caller) is counted within it, not added after it.
      const rest = full * (faults?.perIssueMs ?? 0) - (performance.now() - began);
      if (full > 0 && rest > 0) await new Promise((r) => setTimeout(r, rest));
    }
    if (options.record)
      exchanges.push({
        route: found?.route ?? null,
        method,
        path: url.pathname,
        query: url.searchParams,
        body,
        status: reply.status,
        json: reply.json,
        caller: typeof caller === 'string' ? caller : null,
      });
    res.writeHead(reply.status, { 'Content-Type': 'application/json;charset=UTF-8', ...reply.headers });
    res.end(text);
  }

  let githubCalls = 0;
  let githubResetAt = 0;
  /** A code-host request: bearer token, GitHub's rate-limit headers, then the route. */
  function codeHostReply(route: Route, req: IncomingMessage, ctx: RouteContext): Reply {
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (token !== (options.codeHostToken ?? 'demo-code-token'))
      return { status: 401, json: { message: 'Bad credentials' } };
    const headers: Record<string, string> = {};
    if (route.document === 'github' && options.githubRateLimit) {
      const now = Date.now();
      if (now >= githubResetAt && githubCalls >= options.githubRateLimit) githubCalls = 0;
      githubCalls++;
      const remaining = Math.max(0, options.githubRateLimit - githubCalls);
      if (githubCalls > options.githubRateLimit) {
        return {
          status: 403,
          json: { message: 'API rate limit exceeded' },
          headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(githubResetAt / 1000)) },
        };
      }
      if (remaining === 0) githubResetAt = now + 1000;
      headers['x-ratelimit-remaining'] = String(remaining);
    }
    const reply = route.handle(ctx);
    return { ...reply, headers: { ...reply.headers, ...headers } };
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: siteUrl,
    counts,
    total: () => Object.values(counts).reduce((a, b) => a + b, 0),
    exchanges,
    outbox,
    setFaults: (f) => (faults = f),
    setData: (d) => (data = d),
    resetCounts: () => {
      for (const key of Object.keys(counts)) delete counts[key];
      exchanges.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
