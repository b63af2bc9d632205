import { InvocationError, InvocationErrorCode } from '@forge/events';
import { runWalkEvent } from '../app/background-walks';
import { runHourly } from '../app/hourly';
import { runWeeklyReport } from '../app/weekly-report';
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
    const outcome =
      event.body.kind === 'hourly'
        ? await hourly(deps, event)
        : event.body.kind === 'report'
          ? await report(deps, event)
          : await runWalkEvent(backgroundDeps(deps), event);
    if (!outcome) return undefined;
    console.error(`Focus Walk: a walk failed and will be retried: ${outcome.retry}`);
    return new InvocationError({
      retryAfter: RETRY_AFTER_SECONDS,
      retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST,
      retryData: { reason: outcome.retry },
    });
  };
}

/** The hourly work of a project: retried like a walk; each sending is claimed, so a retry repeats none. */
async function hourly(
  deps: HandlerDeps,
  event: { body: Record<string, unknown>; retryContext?: { retryCount?: number } },
): Promise<{ retry: string } | undefined> {
  const project = event.body.project;
  if (typeof project !== 'string') return undefined; // malformed: dropped, not retried
  try {
    const done = await runHourly(backgroundDeps(deps), project);
    console.log(
      `Focus Walk hourly ${project}: ${done.nudged} nudge(s), digest ${done.digest ? 'sent' : 'not due'}, ${done.escalated} escalation(s)`,
    );
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if ((event.retryContext?.retryCount ?? 0) < 3) return { retry: message };
    console.error(`Focus Walk hourly ${project} failed after its retries: ${message}`);
    return undefined;
  }
}

/** The weekly status report of a project: retried like a walk; a re-publish updates the week's page. */
async function report(
  deps: HandlerDeps,
  event: { body: Record<string, unknown>; retryContext?: { retryCount?: number } },
): Promise<{ retry: string } | undefined> {
  const project = event.body.project;
  if (typeof project !== 'string') return undefined; // malformed: dropped, not retried
  try {
    const page = await runWeeklyReport(backgroundDeps(deps), project);
    console.log(`Focus Walk report ${project}: ${page.title}, version ${page.version}`);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if ((event.retryContext?.retryCount ?? 0) < 3) return { retry: message };
    console.error(`Focus Walk report ${project} failed after its retries: ${message}`);
    return undefined;
  }
}
