import type { Report } from '../../engine/report';
import type { Settings } from '../../settings/schema';
import { WorkingCalendar } from '../../core/time/working-calendar';
import { localDate, localTime } from '../../core/time/zones';
import { periodsAt } from '../settings/periods';
import type { DueNudge } from './nudges';

/**
 * The opt-in `risk/stale` reminders (settings `nudges.checks`): to each stale risk's owner,
 * once per risk and ISO week of the owner's zone (a member's own, anyone else the project's),
 * after `nudges.morningAt` on a working day. Jira mails only about an issue: the risk's first
 * linked issue the walk saw, else the digest's issue, else the owner's active issue; with none
 * of these there is nothing to write the email on, and the risk's finding still shows.
 */
export function dueRiskNudges(report: Report, settings: Settings, now: Date): DueNudge[] {
  if (!settings.nudges.checks.includes('risk/stale')) return [];
  const calendar = new WorkingCalendar(settings.workingDays, settings.holidays);
  const at = now.getTime();
  const members = new Map(report.members.map((m) => [m.accountId, m]));
  const out: DueNudge[] = [];
  for (const f of report.findings) {
    if (f.check !== 'risk' || f.code !== 'stale' || !f.accountId || !f.subject) continue;
    const member = members.get(f.accountId);
    const zone = member?.timeZone ?? settings.timezone;
    if (!calendar.isWorkingDay(localDate(at, zone)) || localTime(at, zone) < settings.nudges.morningAt) continue;
    const linked = Array.isArray(f.data['issueKeys']) ? (f.data['issueKeys'] as string[]) : [];
    const issueKey = linked[0] ?? settings.digest.issueKey ?? member?.activeIssues[0];
    if (!issueKey) continue;
    const title = typeof f.data['title'] === 'string' ? f.data['title'] : f.subject;
    const reviewed = typeof f.data['reviewedAt'] === 'string' ? f.data['reviewedAt'].slice(0, 10) : null;
    const week = periodsAt(now, zone).week;
    out.push({
      accountId: f.accountId,
      displayName: member?.displayName ?? f.accountId,
      code: 'risk/stale',
      day: week,
      once: `${f.subject}|${week}`,
      issueKey,
      issueKeys: linked,
      subject: `Focus Walk: the risk "${title}" is due its weekly review`,
      text: `You own the risk "${title}" in the ${report.project.key} risk register; ${
        reviewed ? `it was last reviewed on ${reviewed}` : 'it has never been reviewed'
      }. Open the Risks tab of Focus Walk on the project and mark it Reviewed once its score, owner and mitigation still hold.`,
    });
  }
  return out;
}
