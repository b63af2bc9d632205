import type { Report } from '../engine/report';
import type { BackgroundDeps } from './background-walks';
import { sendDigest, digestDue } from './digest';
import { autoEscalate } from './escalations';
import { periodsAt } from './periods';
import { sendNudges } from './send-nudges';
import { sentView, siteUrlOf } from './sent-log';
import { loadSettings, walkProject } from './walk-service';

/** A stored walk younger than this serves the hour; an older one is walked again first. */
const FRESH_MS = 55 * 60 * 1000;

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
  project: string,
): Promise<{ nudged: number; digest: boolean; escalated: number }> {
  const { settings } = await loadSettings(deps.stores, project);
  if (!wantsHourly(settings)) return { nudged: 0, digest: false, escalated: 0 };
  const now = deps.now();
  const day = periodsAt(now, settings.timezone).day;
  const stored = await deps.stores.getDay(project, day);
  let report: Report;
  if (stored && now.getTime() - Date.parse(stored.report.at) < FRESH_MS) report = stored.report;
  else report = (await walkProject(deps, deps.appRequester, project)).report;
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
    const nudged = (await sentView(deps, project, day)).items.filter((i) => i.kind === 'nudge' && i.day === day);
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
