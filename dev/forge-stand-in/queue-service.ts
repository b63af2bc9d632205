import { randomUUID } from 'node:crypto';

/**
 * Forge's async events (`@forge/events` 2.x) stood in: `Queue.push` arrives through
 * `global.__forge_fetch__` (`/webhook/queue/publish/...`) and is answered as Forge answers it;
 * each event then invokes the queue's consumer function, in-process, with an AsyncEvent. Limits
 * (Atlassian, "Async events API", checked 2026-11-22): 50 events and 200 KB a push, a delay of
 * at most 900 s; a consumer that throws, times out or returns an InvocationError is invoked again
 * with a `retryContext`, up to 3 retries. `timeScale` shrinks delays for the tests.
 */
export type ConsumerHandler = (
  event: Record<string, unknown>,
  context: Record<string, unknown>,
  /** Aborted when the invocation is abandoned at its time limit: the runtime stops its calls. */
  stopped: AbortSignal,
) => Promise<unknown>;

export interface QueueServiceOptions {
  /** Seconds are multiplied by this (1: real time). */
  timeScale?: number;
  /** The consumer function's limit (manifest `timeoutSeconds`), in seconds before scaling. */
  timeoutSeconds?: number;
  /** Called when an invocation is abandoned at its time limit (the tests' "kill"). */
  onTimeout?: (event: Record<string, unknown>) => void;
}

const MAX_EVENTS = 50;
const MAX_PUSH_BYTES = 200 * 1024;
const MAX_DELAY_SECONDS = 900;
const MAX_RETRIES = 3;

export class QueueService {
  private readonly consumers = new Map<string, ConsumerHandler>();
  private readonly pending = new Set<Promise<void>>();
  /** Every invocation, for the tests: queue, body, retry count, outcome. */
  readonly log: Array<{
    queue: string;
    body: Record<string, unknown>;
    retryCount: number;
    outcome: 'done' | 'retry' | 'failed' | 'timeout';
  }> = [];

  constructor(private readonly o: QueueServiceOptions = {}) {}

  consume(queue: string, handler: ConsumerHandler): void {
    this.consumers.set(queue, handler);
  }

  /** Answers a push as Forge does: 201, or 413 / 400 with a message. */
  push(body: { queueName?: string; payload?: Array<{ body: Record<string, unknown>; delayInSeconds?: number }> }): {
    status: number;
    json: unknown;
  } {
    const events = body.payload ?? [];
    if (events.length === 0 || events.length > MAX_EVENTS)
      return { status: 400, json: { message: `A push holds 1 to ${MAX_EVENTS} events.` } };
    if (Buffer.byteLength(JSON.stringify(events)) > MAX_PUSH_BYTES)
      return { status: 413, json: { errorMessage: 'The combined payload exceeds 200 KB.' } };
    if (events.some((e) => (e.delayInSeconds ?? 0) < 0 || (e.delayInSeconds ?? 0) > MAX_DELAY_SECONDS))
      return { status: 400, json: { message: 'Delay in seconds must be between 0 and 900.' } };
    const queue = body.queueName ?? '';
    if (!this.consumers.has(queue))
      return { status: 400, json: { message: `No consumer is declared for queue ${queue}.` } };
    for (const e of events) this.schedule(queue, e.body, e.delayInSeconds ?? 0, undefined);
    return { status: 201, json: {} };
  }

  /** Resolves when no event is waiting or running. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private schedule(
    queue: string,
    body: Record<string, unknown>,
    delaySeconds: number,
    retryContext: Record<string, unknown> | undefined,
  ): void {
    const eventId = randomUUID();
    const run = new Promise<void>((resolve) => setTimeout(resolve, delaySeconds * 1000 * (this.o.timeScale ?? 1))).then(
      () => this.invoke(queue, body, eventId, retryContext),
    );
    this.pending.add(run);
    void run.finally(() => this.pending.delete(run));
  }

  private async invoke(
    queue: string,
    body: Record<string, unknown>,
    eventId: string,
    retryContext: Record<string, unknown> | undefined,
  ): Promise<void> {
    const handler = this.consumers.get(queue);
    if (!handler) return;
    const retryCount = Number(retryContext?.retryCount ?? 0);
    const event = { body, queueName: queue, jobId: randomUUID(), eventId, ...(retryContext ? { retryContext } : {}) };
    const limitMs = (this.o.timeoutSeconds ?? 900) * 1000 * (this.o.timeScale ?? 1);
    const stop = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), limitMs)));
    let outcome: unknown;
    let reason = 'FUNCTION_RETRY_REQUEST';
    let retryAfter = 1;
    let retryData: unknown;
    try {
      outcome = await Promise.race([handler(event, {}, stop.signal), timeout]);
    } catch (error) {
      outcome = error;
      reason = 'FUNCTION_PLATFORM_UNKNOWN_ERROR';
    } finally {
      clearTimeout(timer);
    }
    if (outcome === 'timeout') {
      reason = 'FUNCTION_TIME_OUT';
      stop.abort(); // Forge ends the process: nothing the killed attempt does afterwards lands
      this.o.onTimeout?.(body);
    }
    const asked =
      (
        outcome as {
          _retry?: boolean;
          retryOptions?: { retryAfter?: number; retryReason?: string; retryData?: unknown };
        } | null
      )?._retry === true;
    if (asked) {
      const options =
        (outcome as { retryOptions?: { retryAfter?: number; retryReason?: string; retryData?: unknown } })
          .retryOptions ?? {};
      retryAfter = options.retryAfter ?? 1;
      reason = options.retryReason ?? reason;
      retryData = options.retryData;
    }
    const failed = asked || outcome === 'timeout' || outcome instanceof Error;
    this.log.push({
      queue,
      body,
      retryCount,
      outcome: !failed ? 'done' : outcome === 'timeout' ? 'timeout' : retryCount < MAX_RETRIES ? 'retry' : 'failed',
    });
    if (failed && retryCount < MAX_RETRIES)
      this.schedule(queue, body, retryAfter, { retryCount: retryCount + 1, retryReason: reason, retryData });
  }
}
