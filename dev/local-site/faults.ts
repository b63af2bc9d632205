/** Faults the local site injects on demand, counted over all requests (1-based). */
export interface Faults {
  /** Every Nth request answers 429 with `Retry-After: retryAfterSeconds`. */
  every429?: number;
  retryAfterSeconds?: number;
  /** Every Mth request answers 500. */
  every500?: number;
  /** Every request waits this long first (ms): a fixed figure or a uniform [min, max]. */
  latencyMs?: number | [number, number];
  /**
   * And this long (ms) for each issue it answers in full (with fields beyond id and key), as a
   * real site spends on reading and rendering an issue with its comments and worklogs: the
   * stand-in's own building and serialising of the answer is counted within this time.
   */
  perIssueMs?: number;
  /** A write (POST) is carried out, then answered with this status, as a proxy may after a time-out. */
  statusAfterWrite?: number;
  /** The first `count` writes are refused with `status` and not carried out (a 400 from a validation, say). */
  failFirstWrites?: { count: number; status: number };
  /**
   * Requests this picks answer with the status it returns (and are not carried out): one route
   * or one query failing while the others answer, as when one read is refused or times out.
   */
  failWhen?: (request: { method: string; path: string; query: URLSearchParams; body: unknown }) => number | undefined;
  /** Every answer is an HTML login page with status 200, as behind an SSO proxy. */
  htmlLoginPage?: boolean;
  /** Requests are read and never answered. */
  neverAnswer?: boolean;
}

/** Deterministic latency draws (a tiny LCG: the same run gives the same delays). */
export class LatencyDraw {
  private state: number;
  constructor(seed = 1) {
    this.state = seed;
  }
  next(latency: Faults['latencyMs']): number {
    if (latency === undefined) return 0;
    if (typeof latency === 'number') return latency;
    this.state = (this.state * 48271) % 2147483647;
    return latency[0] + Math.floor((this.state / 2147483647) * (latency[1] - latency[0] + 1));
  }
}
