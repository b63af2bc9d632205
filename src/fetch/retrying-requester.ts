import { ApiError, errorReason, type ApiRequest, type ApiResponse, type Requester } from './requester';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Backoff for 5xx and network errors: base * 2^n, capped, with full jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** The longest Retry-After we honour; a longer one fails the call rather than hang the walk. */
  maxRetryAfterMs: number;
  /** One attempt's limit: a site that never answers is a network error, not a hang. */
  timeoutMs: number;
  /**
   * All the time this requester may spend, attempts and waits together, from its creation: a
   * UI invocation ends at 25 s on Forge, so its calls must give up before that, not retry past it.
   */
  budgetMs?: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 250,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60000,
  timeoutMs: 30000,
};

/** For a UI invocation (25 s on Forge): every call of it within 20 s, leaving room for storage and the answer. */
export const UI_RETRY: RetryPolicy = { ...DEFAULT_RETRY, budgetMs: 20000 };
/** A write (a POST that is not a read) is not started with less than this left of the budget. */
export const MIN_WRITE_MS = 3000;

export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

export interface RetryHooks {
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  onRetry?: (req: ApiRequest, attempt: number, status: number, waitMs: number) => void;
}

const sleepReal = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Jira's rate limits and hiccups, handled once for every call: 429 and 503 wait for
 * `Retry-After` (seconds or a date) or `X-RateLimit-Reset`; other 5xx, network errors and
 * time-outs back off exponentially with jitter; 4xx fail at once with the call and Jira's reason.
 * A request that is not idempotent (a POST that writes) is sent again only when Jira said it
 * did not take it: 429, or 503 with Retry-After. After a 502 or a time-out it may have landed,
 * and a second comment is worse than a failed click.
 * @see https://developer.atlassian.com/cloud/jira/platform/rate-limiting/
 */
export class RetryingRequester implements Requester {
  constructor(
    private readonly inner: Requester,
    private readonly policy: RetryPolicy = DEFAULT_RETRY,
    private readonly hooks: RetryHooks = {},
  ) {
    this.deadline =
      policy.budgetMs === undefined ? Number.POSITIVE_INFINITY : (hooks.now?.() ?? Date.now()) + policy.budgetMs;
  }

  /** Until when every request waits: a 429 with Retry-After pauses all requests in flight, not one. */
  private pausedUntil = 0;
  /** When the budget (if any) runs out. */
  private readonly deadline: number;

  async request(req: ApiRequest): Promise<ApiResponse> {
    const sleep = this.hooks.sleep ?? sleepReal;
    const now = () => this.hooks.now?.() ?? Date.now();
    const writes = !(req.idempotent ?? req.method === 'GET');
    // Whether an attempt so far may have been carried out (no answer, or a 5xx).
    let landed = false;
    for (let attempt = 1; ; attempt++) {
      const paused = this.pausedUntil - now();
      if (paused > 0) {
        if (now() + paused >= this.deadline)
          throw new ApiError(req, 429, 'out of time: the site asked to wait longer than this request may take', landed);
        await sleep(paused);
      }
      const left = this.deadline - now();
      // A write needs time to be answered: with less left it is not sent at all (and says so).
      if (left <= 0 || (writes && left < MIN_WRITE_MS))
        throw new ApiError(req, 0, `out of time after ${attempt - 1} attempt(s): not sent again`, landed);
      let response: ApiResponse | null = null;
      let networkError: unknown = null;
      try {
        response = await this.attempt(req, Math.min(this.policy.timeoutMs, left));
      } catch (error) {
        networkError = error;
      }
      if (response && response.status < 400) return response;
      const status = response?.status ?? 0;
      if (status === 0 || (status >= 500 && status !== 503)) landed = true;
      const resendable = req.idempotent ?? req.method === 'GET';
      const refused = status === 429 || (status === 503 && response?.headers['retry-after'] !== undefined);
      const retryable = resendable ? status === 0 || status === 429 || status >= 500 : refused;
      if (!retryable || attempt >= this.policy.maxAttempts) {
        const reason = response
          ? errorReason(response.json)
          : networkError instanceof Error
            ? networkError.message
            : String(networkError);
        throw new ApiError(
          req,
          status,
          reason || (attempt > 1 ? `after ${attempt} attempts` : ''),
          landed || undefined,
        );
      }
      const wait = this.waitFor(response, attempt);
      if (wait > this.policy.maxRetryAfterMs)
        throw new ApiError(req, status, `asked to retry after ${Math.round(wait / 1000)} s`, landed);
      if (now() + wait >= this.deadline)
        throw new ApiError(
          req,
          status,
          `out of time: a retry would come after this request's time is up${networkError instanceof Error ? ` (${networkError.message})` : ''}`,
          landed,
        );
      this.hooks.onRetry?.(req, attempt, status, wait);
      if (status === 429 && response && retryAfterMs(response.headers, now()) !== null) {
        // Jira's rate limit is the site's, not the call's: everyone waits it out.
        this.pausedUntil = Math.max(this.pausedUntil, now() + wait);
        continue;
      }
      await sleep(wait);
    }
  }

  /** One attempt, aborted and failed after `ms`. */
  private async attempt(req: ApiRequest, ms: number): Promise<ApiResponse> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new TimeoutError(`no answer within ${ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`}`));
      }, ms);
    });
    try {
      return await Promise.race([this.inner.request({ ...req, signal: controller.signal }), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private waitFor(response: ApiResponse | null, attempt: number): number {
    if (response && (response.status === 429 || response.status === 503)) {
      const hinted = retryAfterMs(response.headers, this.hooks.now?.() ?? Date.now());
      if (hinted !== null) return hinted;
    }
    const cap = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.round((this.hooks.random ?? Math.random)() * cap); // full jitter
  }
}

/** `Retry-After: 3`, `Retry-After: <HTTP date>` or `X-RateLimit-Reset: <ISO date>`, as ms from now. */
export function retryAfterMs(headers: Record<string, string>, now: number): number | null {
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  const reset = headers['x-ratelimit-reset'];
  if (reset !== undefined) {
    const at = Date.parse(reset);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  return null;
}
