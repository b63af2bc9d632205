import type { Report } from '../../engine/report';
import { claim, runWalkEvent, type BackgroundDeps } from '../walks/background-walks';
import { sendDigest, digestDue } from '../sending/digest';
import { autoEscalate } from '../sending/escalations';
import { periodsAt } from '../settings/periods';
import { sendNudges } from '../sending/send-nudges';
import { siteUrlOf } from '../sending/sent-log';
import type { SentRecord } from '../contract';
import { loadSettings } from '../settings/load-settings';

/** A stored walk younger than this serves the hour; an older one is walked again first. */
const FRESH_MS = 55 * 60 * 1000;
/** While another walk of the project runs, the hour's work waits for it: pushed again this much later ... */
const WAIT_SECONDS = 120;
/** ... at most this many times (14 minutes, a walk's time); then it goes on with the stored walk. */
const MAX_WAITS = 7;

/** What an hourly event carries. */
export interface HourlyEvent {
  project: string;
  hour?: string;
  /** How often it already waited for a running walk. */
  waited?: number;
}

/** Whether the project asked for anything the hourly trigger does. */
export function wantsHourly(settings: {
  nudges: { checks: unknown[] };
  digest: { recipients: unknown[]; issueKey: string | null };
  escalation: { auto: boolean };
}): boolean {
  return (
    settings.nudges.checks.length > 0 ||
    (settings.digest.recipients.length > 0 && settings.digest.issueKey !== null) ||
    settings.escalation.auto
  );
}

/**
 * The hourly work of one project, on the queue of the background walks: a fresh walk (the
 * stored one when under an hour old), then the nudges due in each member's time zone, the
 * TPMs' digest once their morning has come, and auto-escalations. Each sending is claimed, so
 * a retry or a second trigger in the same hour sends nothing twice.
 */
export async function runHourly(
  deps: BackgroundDeps,
  event: HourlyEvent,
): Promise<{ nudged: number; digest: boolean; escalated: number; waiting?: boolean }> {
  const { project } = event;
  const { settings } = await loadSettings(deps.stores, project);
  if (!wantsHourly(settings)) return { nudged: 0, digest: false, escalated: 0 };
  const now = deps.now();
  const day = periodsAt(now, settings.timezone).day;
  const stored = await deps.stores.getDay(project, day);
  let report: Report;
  if (stored && now.getTime() - Date.parse(stored.report.at) < FRESH_MS) report = stored.report;
  else {
    const fresh = await walkUnderTheLock(deps, event, day);
    if (fresh === 'waiting') return { nudged: 0, digest: false, escalated: 0, waiting: true };
    if (!fresh) return { nudged: 0, digest: false, escalated: 0 };
    report = fresh;
  }
  const people = (await deps.stores.getDay(project, day))?.people ?? {};
  const siteUrl = await siteUrlOf(deps.kv);
  const api = deps.appRequester;
  const nudges = settings.nudges.checks.length
    ? await sendNudges(deps, api, { project, day, report, settings, siteUrl, by: null })
    : [];
  const escalated = await autoEscalate(deps, api, { project, day, report, settings, people });
  const failed = [
    ...nudges.filter((n) => n.outcome === 'failed').map((n) => `nudge ${n.code}: ${n.reason ?? ''}`),
    ...escalated.failed.map((e) => `escalation ${e}`),
  ];
  let digest = false;
  if (digestDue(settings, now)) {
    const nudged = (await deps.sent.list<SentRecord>(project, day, day))
      .map((r) => r.value.record)
      .filter((i) => i.kind === 'nudge' && i.day === day);
    try {
      digest = (await sendDigest(deps, api, { project, day, report, settings, nudged, siteUrl, people })) === 'sent';
    } catch (error) {
      failed.push(`digest: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  // Some sendings failed: the queue retries the hour; what was sent (or may have been) is claimed.
  if (failed.length) throw new Error(`${failed.length} sending(s) failed: ${failed.join('; ')}`);
  return { nudged: nudges.filter((n) => n.outcome === 'sent').length, digest, escalated: escalated.sent };
}

/**
 * A fresh walk for the hour, under the project's walk-run lock like every other walk: this
 * consumer walks when it claims the run; when another walk is running it pushes the hour's work
 * again to wait for that walk ('waiting'), and after 14 minutes of waiting it takes the stored walk.
 */
async function walkUnderTheLock(
  deps: BackgroundDeps,
  event: HourlyEvent,
  day: string,
): Promise<Report | null | 'waiting'> {
  const { project } = event;
  const { run, created } = await claim(deps, project, 'hourly', day);
  if (created) {
    const failed = await runWalkEvent(deps, { body: { project, walkId: run.walkId } });
    if (failed) throw new Error(`the walk for the hour failed: ${failed.retry}`);
  } else if ((run.state === 'queued' || run.state === 'running') && (event.waited ?? 0) < MAX_WAITS) {
    await deps.queue.push([
      { body: { kind: 'hourly', ...event, waited: (event.waited ?? 0) + 1 }, delayInSeconds: WAIT_SECONDS },
    ]);
    return 'waiting';
  }
  return (await deps.stores.getDay(project, day))?.report ?? null;
}

/** After any background walk: auto-escalate what it first sees at level 2 or 3 (when opted in). */
export async function afterWalk(deps: BackgroundDeps, project: string, report: Report, day: string): Promise<void> {
  const { settings } = await loadSettings(deps.stores, project);
  if (!settings.escalation.auto) return;
  const people = (await deps.stores.getDay(project, day))?.people ?? {};
  const { failed } = await autoEscalate(deps, deps.appRequester, { project, day, report, settings, people });
  if (failed.length) throw new Error(`auto-escalation failed: ${failed.join('; ')}`);
}

/** The hourly trigger: one event per project that asked for nudges, a digest or auto-escalation. */
export async function queueHourly(deps: BackgroundDeps, hour: string): Promise<number> {
  const bodies: Array<{ body: Record<string, unknown> }> = [];
  for (const project of await deps.stores.projectsWithSettings()) {
    const { settings } = await loadSettings(deps.stores, project).catch(() => ({ settings: null }));
    if (settings && wantsHourly(settings)) bodies.push({ body: { kind: 'hourly', project, hour } });
  }
  for (let i = 0; i < bodies.length; i += 50) await deps.queue.push(bodies.slice(i, i + 50));
  return bodies.length;
}
