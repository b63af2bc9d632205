import { ApiError, type ApiRequest, type ApiResponse, type Requester } from '../../src/fetch/requester';
import { RetryingRequester, UI_RETRY, retryAfterMs } from '../../src/fetch/retrying-requester';

/** A scripted transport: answers in order, records the waits the retrier asked for. */
function scripted(answers: Array<ApiResponse | Error>) {
  const waits: number[] = [];
  let calls = 0;
  const inner: Requester = {
    request: () => {
      const next = answers[Math.min(calls++, answers.length - 1)];
      return next instanceof Error ? Promise.reject(next) : Promise.resolve(next as ApiResponse);
    },
  };
  const retrier = new RetryingRequester(
    inner,
    { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 30000, timeoutMs: 5000 },
    {
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
      random: () => 1,
      now: () => Date.parse('2026-11-19T12:00:00.000Z'),
    },
  );
  return { retrier, waits, calls: () => calls };
}

const req: ApiRequest = {
  product: 'jira',
  method: 'GET',
  path: '/rest/api/3/field?x=1',
  purpose: 'read the site fields',
};
const answer = (status: number, headers: Record<string, string> = {}, json: unknown = {}): ApiResponse => ({
  status,
  headers,
  json,
});

describe('RetryingRequester', () => {
  test('with a budget, a site that never answers fails within it: the attempt is cut to what is left, no retry past it', async () => {
    let calls = 0;
    const inner: Requester = { request: () => (calls++, new Promise<ApiResponse>(() => undefined)) };
    const retrier = new RetryingRequester(inner, {
      maxAttempts: 6,
      baseDelayMs: 100,
      maxDelayMs: 1000,
      maxRetryAfterMs: 30000,
      timeoutMs: 30000,
      budgetMs: 300,
    });
    const error = (await retrier.request(req).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toMatch(/out of time/);
    // The attempt gets what is left of the 300 ms (a millisecond or two may pass before it starts).
    const cut = Number(/no answer within (\d+) ms/.exec(error.message)?.[1]);
    expect(cut).toBeGreaterThan(250);
    expect(cut).toBeLessThanOrEqual(300);
    expect(calls).toBe(1);
  });

  test('with a budget, a Retry-After beyond it fails at once instead of waiting', async () => {
    const t = { waits: [] as number[] };
    const inner: Requester = { request: () => Promise.resolve(answer(429, { 'retry-after': '30' })) };
    const retrier = new RetryingRequester(
      inner,
      { ...UI_RETRY, budgetMs: 20000 },
      { sleep: (ms) => (t.waits.push(ms), Promise.resolve()) },
    );
    const error = (await retrier.request(req).catch((e: unknown) => e)) as ApiError;
    expect(error.message).toMatch(/out of time/);
    expect(t.waits).toEqual([]);
  });

  test('a 429 with Retry-After pauses every request, not only the one that got it', async () => {
    const sent: Record<string, number[]> = {};
    let limited = 0;
    const inner: Requester = {
      request: (r) => {
        (sent[r.path] ??= []).push(Date.now());
        if (r.path === '/a' && limited++ === 0) return Promise.resolve(answer(429, { 'retry-after': '1' }));
        return Promise.resolve(answer(200));
      },
    };
    const retrier = new RetryingRequester(inner);
    const a = retrier.request({ ...req, path: '/a' });
    await new Promise((r) => setTimeout(r, 50)); // another call of the same walk, during the pause
    const b = retrier.request({ ...req, path: '/b' });
    await Promise.all([a, b]);
    const limitedAt = sent['/a']?.[0] ?? 0;
    expect(sent['/a']).toHaveLength(2);
    expect((sent['/b']?.[0] ?? 0) - limitedAt).toBeGreaterThanOrEqual(990);
  });

  test('429 waits for Retry-After, then succeeds', async () => {
    const t = scripted([answer(429, { 'retry-after': '3' }), answer(200, {}, { ok: 1 })]);
    expect((await t.retrier.request(req)).json).toEqual({ ok: 1 });
    expect(t.waits).toEqual([3000]);
  });

  test('503 honours X-RateLimit-Reset when there is no Retry-After', async () => {
    const t = scripted([answer(503, { 'x-ratelimit-reset': '2026-11-19T12:00:05.000Z' }), answer(200)]);
    await t.retrier.request(req);
    expect(t.waits).toEqual([5000]);
  });

  test('500s and network errors back off exponentially (capped), a bounded number of times', async () => {
    const t = scripted([answer(500), new Error('ECONNRESET'), answer(502), answer(500)]);
    const error = (await t.retrier.request(req).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(500);
    expect(t.calls()).toBe(4);
    expect(t.waits).toEqual([100, 200, 400]);
  });

  test.each([401, 403, 404, 400])('%i fails at once with the call and the reason', async (status) => {
    const t = scripted([answer(status, {}, { errorMessages: ['You do not have permission.'], errors: {} })]);
    const error = (await t.retrier.request(req).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(status);
    expect(error.message).toBe(
      `could not read the site fields: HTTP ${status} (You do not have permission.) on GET /rest/api/3/field`,
    );
    expect(t.calls()).toBe(1);
  });

  test('a Retry-After longer than the policy allows fails rather than hangs', async () => {
    const t = scripted([answer(429, { 'retry-after': '3600' })]);
    await expect(t.retrier.request(req)).rejects.toThrow(/retry after 3600 s/);
  });

  test('retryAfterMs reads seconds, HTTP dates and X-RateLimit-Reset', () => {
    const now = Date.parse('2026-11-19T12:00:00.000Z');
    expect(retryAfterMs({ 'retry-after': '1' }, now)).toBe(1000);
    expect(retryAfterMs({ 'retry-after': 'Thu, 19 Nov 2026 12:00:10 GMT' }, now)).toBe(10000);
    expect(retryAfterMs({ 'x-ratelimit-reset': '2026-11-19T12:01:00Z' }, now)).toBe(60000);
    expect(retryAfterMs({}, now)).toBeNull();
  });
});
