import { ApiError, errorReason, type ApiRequest, type ApiResponse, type Requester } from './requester';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Backoff for 5xx and network errors: base * 2^n, capped, with full jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** The longest Retry-After we honour; a longer one fails the call rather than hang the walk. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 250, maxDelayMs: 8000, maxRetryAfterMs: 60000 };

export interface RetryHooks {
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  onRetry?: (req: ApiRequest, attempt: number, status: number, waitMs: number) => void;
}

const sleepReal = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Jira's rate limits and hiccups, handled once for every call: 429 and 503 wait for
 * `Retry-After` (seconds or a date) or `X-RateLimit-Reset`; other 5xx and network errors back
 * off exponentially with jitter; 4xx fail at once with the call and Jira's reason.
 * @see https://developer.atlassian.com/cloud/jira/platform/rate-limiting/
 */
export class RetryingRequester implements Requester {
  constructor(
    private readonly inner: Requester,
    private readonly policy: RetryPolicy = DEFAULT_RETRY,
    private readonly hooks: RetryHooks = {},
  ) {}

  async request(req: ApiRequest): Promise<ApiResponse> {
    const sleep = this.hooks.sleep ?? sleepReal;
    for (let attempt = 1; ; attempt++) {
      let response: ApiResponse | null = null;
      let networkError: unknown = null;
      try {
        response = await this.inner.request(req);
      } catch (error) {
        networkError = error;
      }
      if (response && response.status < 400) return response;
      const status = response?.status ?? 0;
      const retryable = status === 0 || status === 429 || status >= 500;
      if (!retryable || attempt >= this.policy.maxAttempts) {
        const reason = response ? errorReason(response.json) : networkError instanceof Error ? networkError.message : String(networkError);
        throw new ApiError(req, status, reason || (attempt > 1 ? `after ${attempt} attempts` : ''));
      }
      const wait = this.waitFor(response, attempt);
      if (wait > this.policy.maxRetryAfterMs) throw new ApiError(req, status, `asked to retry after ${Math.round(wait / 1000)} s`);
      this.hooks.onRetry?.(req, attempt, status, wait);
      await sleep(wait);
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
