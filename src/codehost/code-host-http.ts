/**
 * HTTP to a code host (GitHub REST, Bitbucket Cloud REST 2.0): JSON GETs with a bearer token,
 * page links followed by the callers, rate limits honoured: `retry-after`, and GitHub's
 * `x-ratelimit-remaining: 0` with `x-ratelimit-reset` (epoch seconds). A 401 means the token
 * was revoked or expired: CodeHostAuthError, which the settings show as "reconnect".
 * The token is never part of an error message.
 */
/** A code-host call that has not answered in this time fails (and the walk keeps Jira's counts). */
export const CODE_HOST_TIMEOUT_MS = 30000;

export type HttpGet = (
  url: string,
  headers: Record<string, string>,
) => Promise<{ status: number; headers: Record<string, string>; json: unknown }>;

export class CodeHostAuthError extends Error {
  override name = 'CodeHostAuthError';
}

export class CodeHostError extends Error {
  override name = 'CodeHostError';
}

export interface CodeHostClientOptions {
  get: HttpGet;
  token: string;
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Counts calls, for the benchmark and the tests. */
  onCall?: (url: string) => void;
}

export class CodeHostClient {
  constructor(private readonly o: CodeHostClientOptions) {}

  async getJson(url: string, what: string): Promise<{ json: unknown; headers: Record<string, string> }> {
    const sleep = this.o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    for (let attempt = 1; ; attempt++) {
      this.o.onCall?.(url);
      const res = await this.o.get(url, { Authorization: `Bearer ${this.o.token}`, Accept: 'application/json' });
      if (res.status === 401)
        throw new CodeHostAuthError(`the code host refused the token while reading ${what}: reconnect`);
      const wait = this.waitMs(res);
      if (wait !== null && attempt < 5) {
        if (wait > (this.o.maxWaitMs ?? 60000))
          throw new CodeHostError(`the code host asks to wait ${Math.round(wait / 1000)} s before reading ${what}`);
        await sleep(wait);
        continue;
      }
      if (res.status >= 500 && attempt < 4) {
        await sleep(250 * 2 ** attempt);
        continue;
      }
      if (res.status >= 400) throw new CodeHostError(`could not read ${what}: HTTP ${res.status}`);
      return { json: res.json, headers: res.headers };
    }
  }

  /**
   * Every item of a paged list, from `first` on, until `stop` says an item is too old. `page`
   * reads a page's items and its next URL (GitHub: a JSON array and a Link header; Bitbucket:
   * `values` and `next`).
   */
  async allPages<T>(
    first: string,
    what: string,
    page: (json: unknown, headers: Record<string, string>) => { items: T[]; next: string | null },
    stop?: (item: T) => boolean,
  ): Promise<T[]> {
    const all: T[] = [];
    const origin = new URL(first).origin;
    for (let url: string | null = first; url;) {
      const { json, headers } = await this.getJson(url, what);
      const { items, next } = page(json, headers);
      for (const item of items) {
        if (stop?.(item)) return all;
        all.push(item);
      }
      // The token goes only where the first page went: a `next` link elsewhere is refused.
      if (next && new URL(next, url).origin !== origin)
        throw new CodeHostError(
          `the code host sent a next page on another host (${new URL(next, url).origin}) while reading ${what}; it was not followed`,
        );
      url = next ? new URL(next, url).href : null;
    }
    return all;
  }

  private waitMs(res: { status: number; headers: Record<string, string> }): number | null {
    const now = this.o.now?.() ?? Date.now();
    if (res.status === 429 || res.status === 403) {
      const retryAfter = Number(res.headers['retry-after']);
      if (Number.isFinite(retryAfter) && res.headers['retry-after'] !== undefined) return retryAfter * 1000;
    }
    if ((res.status === 403 || res.status === 429) && res.headers['x-ratelimit-remaining'] === '0') {
      const reset = Number(res.headers['x-ratelimit-reset']);
      if (Number.isFinite(reset)) return Math.max(0, reset * 1000 - now);
    }
    return null;
  }
}

/** The `next` URL of a GitHub `Link` header. */
export function nextLink(headers: Record<string, string>): string | null {
  const m = /<([^>]+)>;\s*rel="next"/.exec(headers.link ?? '');
  return m?.[1] ?? null;
}
