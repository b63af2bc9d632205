import { InvocationError, InvocationErrorCode } from '@forge/events';
import { runWalkEvent } from '../app/background-walks';
import { backgroundDeps, type HandlerDeps } from './handlers';

/** Retried walks wait this long first: time for a rate limit or a hiccup to pass. */
const RETRY_AFTER_SECONDS = 30;

/**
 * The queue consumer's function (manifest `consumer` -> `walk-consumer`): one background walk
 * per event. A failed attempt returns an InvocationError, so the queue retries it with its
 * retry context; runWalkEvent gives up after 3 retries and records why.
 */
export function walkConsumerHandler(
  deps: HandlerDeps,
): (event: {
  body: Record<string, unknown>;
  retryContext?: { retryCount?: number };
}) => Promise<InvocationError | undefined> {
  return async (event) => {
    const outcome = await runWalkEvent(backgroundDeps(deps), event);
    if (!outcome) return undefined;
    console.error(`Focus Walk: a walk failed and will be retried: ${outcome.retry}`);
    return new InvocationError({
      retryAfter: RETRY_AFTER_SECONDS,
      retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST,
      retryData: { reason: outcome.retry },
    });
  };
}
