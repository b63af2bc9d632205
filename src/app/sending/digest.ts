import type { Report } from '../../engine/report';
import { notify } from '../../fetch/jira/notify';
import type { Requester } from '../../fetch/requester';
import type { Settings } from '../../settings/schema';
import { WorkingCalendar } from '../../core/time/working-calendar';
import { localDate, localTime, startOfLocalDay } from '../../core/time/zones';
import type { SentRecord } from '../contract';
import { html, sendOnce, type SentDeps } from './sent-log';

/**
 * The TPMs' daily digest. Delivered as a Jira notification (POST /issue/{key}/notify) on the
 * issue Settings names: an email to exactly the TPMs, with nothing written to the issue, through
 * an operation and a scope (write:jira-work) the app already has; Confluence may not be
 * installed, and Forge offers no email API of its own (README, "Nudges, digest, escalations").
 */
export function digestDue(settings: Settings, now: Date): string | null {
  const { recipients, issueKey, at } = settings.digest;
  if (recipients.length === 0 || issueKey === null) return null;
  const day = localDate(now.getTime(), settings.timezone);
  if (!new WorkingCalendar(settings.workingDays, settings.holidays).isWorkingDay(day)) return null;
  return localTime(now.getTime(), settings.timezone) >= at ? day : null;
}

export function digestText(
  project: string,
  day: string,
  report: Report,
  settings: Settings,
  nudged: readonly SentRecord[],
  siteUrl: string | null,
): { subject: string; text: string } {
  const link = (key: string) => (siteUrl ? `${key} (${siteUrl}/browse/${key})` : key);
  const errors = new Map<string, number>();
  for (const f of report.findings) if (f.severity === 'error') errors.set(f.check, (errors.get(f.check) ?? 0) + 1);
  const blocked = report.findings.filter((f) => f.check === 'blocked' && f.issueKey);
  // New: blocked since the start of the previous working day (the last digest's day).
  const previous = new WorkingCalendar(settings.workingDays, settings.holidays).prevWorkingDay(day) ?? day;
  const since = startOfLocalDay(previous, settings.timezone);
  const fresh = blocked.filter((f) => typeof f.data.since === 'string' && Date.parse(f.data.since) >= since);
  const level3 = blocked.filter((f) => f.data.level === 3);
  const lines = [
    `Focus Walk of ${project}, ${day}: score ${report.score}/100${report.sprint ? ` (${report.sprint.name})` : ''}.`,
    '',
    'Errors by check:',
    ...(errors.size ? [...errors].sort().map(([check, n]) => `  ${check}: ${n}`) : ['  none']),
    '',
    `New blockers (${fresh.length}):`,
    ...(fresh.length ? fresh.map((f) => `  ${link(f.issueKey ?? '')}: ${f.message}`) : ['  none']),
    '',
    `Level-3 escalations (${level3.length}):`,
    ...(level3.length ? level3.map((f) => `  ${link(f.issueKey ?? '')}: ${f.message}`) : ['  none']),
    '',
    `Nudged today (${nudged.length}):`,
    ...(nudged.length ? nudged.map((n) => `  ${n.to.map((p) => p.displayName).join(', ')}: ${n.what}`) : ['  nobody']),
    ...(siteUrl ? ['', `The walk: ${siteUrl}/jira/software/projects/${project}`] : []),
  ];
  return { subject: `Focus Walk digest: ${project}, ${day}, score ${report.score}`, text: lines.join('\n') };
}

/** Sends the day's digest once (whatever the retries and triggers). */
export async function sendDigest(
  deps: SentDeps,
  api: Requester,
  input: {
    project: string;
    day: string;
    report: Report;
    settings: Settings;
    nudged: SentRecord[];
    siteUrl: string | null;
    people: Record<string, string>;
  },
): Promise<'sent' | 'already'> {
  const { recipients, issueKey } = input.settings.digest;
  if (!issueKey) return 'already';
  const { subject, text } = digestText(
    input.project,
    input.day,
    input.report,
    input.settings,
    input.nudged,
    input.siteUrl,
  );
  const { outcome } = await sendOnce(
    deps,
    input.project,
    `digest|${input.day}`,
    {
      kind: 'digest',
      day: input.day,
      by: null,
      to: recipients.map((accountId) => ({ accountId, displayName: input.people[accountId] ?? accountId })),
      issueKey,
      what: subject,
    },
    () => notify(api, issueKey, { subject, textBody: text, htmlBody: `<pre>${html(text)}</pre>`, to: recipients }),
  );
  return outcome;
}
