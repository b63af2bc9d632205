import { InvocationError, InvocationErrorCode } from '@forge/events';
import { runWalkEvent } from '../../app/walks/background-walks';
import { runHourly } from '../../app/schedules/hourly';
import { runWeeklyReport } from '../../app/schedules/weekly-report';
import { backgroundDeps, type HandlerDeps } from '../deps';
import { runRetention } from './daily';

/** Retried walks wait this long first: time for a rate limit or a hiccup to pass. */
const RETRY_AFTER_SECONDS = 30;

/**
 * The queue consumer's function (manifest `consumer` -> `walk-consumer`): one background walk
 * per event. A failed attempt returns an InvocationError, so the queue retries it with its
 * retry context; runWalkEvent gives up after 3 retries and records why.
 */
export function walkConsumerHandler(deps: HandlerDeps): (event: QueueEvent) => Promise<InvocationError | undefined> {
  return async (event) => {
    const outcome =
      event.body.kind === 'hourly'
        ? await hourly(deps, event)
        : event.body.kind === 'report'
          ? await report(deps, event)
          : event.body.kind === 'retention'
            ? await retried(event, 'retention', async (project) => {
                const done = await runRetention(deps, project);
                return `deleted ${done.days} day(s) and ${done.sent} sent-log row(s) past retention`;
              })
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

type QueueEvent = { body: Record<string, unknown>; retryContext?: { retryCount?: number } };

/** The hourly work of a project: retried like a walk; each sending is claimed, so a retry repeats none. */
function hourly(deps: HandlerDeps, event: QueueEvent): Promise<{ retry: string } | undefined> {
  return retried(event, 'hourly', async (project) => {
    const { hour, waited } = event.body;
    const done = await runHourly(backgroundDeps(deps), {
      project,
      ...(typeof hour === 'string' ? { hour } : {}),
      ...(typeof waited === 'number' ? { waited } : {}),
    });
    if (done.waiting) return 'waiting for the walk that is running';
    return `${done.nudged} nudge(s), digest ${done.digest ? 'sent' : 'not due'}, ${done.escalated} escalation(s)`;
  });
}

/** The weekly status report of a project: retried like a walk; a re-publish updates the week's page. */
function report(deps: HandlerDeps, event: QueueEvent): Promise<{ retry: string } | undefined> {
  return retried(event, 'report', async (project) => {
    const page = await runWeeklyReport(backgroundDeps(deps), project);
    return `${page.title}, version ${page.version}`;
  });
}

/**
 * One project's work from an event: logged when done, retried (up to 3 times) when it fails; a
 * malformed event is dropped, not retried.
 */
async function retried(
  event: QueueEvent,
  kind: string,
  work: (project: string) => Promise<string>,
): Promise<{ retry: string } | undefined> {
  const project = event.body.project;
  if (typeof project !== 'string') return undefined;
  try {
    console.log(`Focus Walk ${kind} ${project}: ${await work(project)}`);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if ((event.retryContext?.retryCount ?? 0) < 3) return { retry: message };
    console.error(`Focus Walk ${kind} ${project} failed after its retries: ${message}`);
    return undefined;
  }
}
