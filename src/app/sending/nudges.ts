import type { Finding } from '../../engine/finding';
import type { Report } from '../../engine/report';
import type { NudgeCode, Settings } from '../../settings/schema';
import { WorkingCalendar } from '../../core/time/working-calendar';
import { localDate, localTime } from '../../core/time/zones';

/** A reminder due to one member about one finding code of one day. */
export interface DueNudge {
  accountId: string;
  displayName: string;
  code: NudgeCode;
  /** The day the finding is about (today for Focus In, the previous working day otherwise). */
  day: string;
  /** The issue the email is about: the member's active issue, or the issue without a worklog. */
  issueKey: string;
  /** Every issue the finding names (several issues may lack a worklog). */
  issueKeys: string[];
  subject: string;
  text: string;
  /** What the sending-once log claims after the member and code (default: the day). */
  once?: string;
}

const codeOf = (f: Finding) => `${f.check}/${f.code}`;

/**
 * The nudges due at `now`, in each member's own time zone: Focus In once `focusInDueBy` has
 * passed on a working day, about that day; the others about the previous working day, once
 * `nudges.morningAt` has passed on the member's next working day. None on a holiday or a
 * non-working day, none to anyone outside the team, one per member, code and day (callers
 * claim it). `window: false` (a TPM's "Nudge") skips only the time-of-day wait.
 */
export function dueNudges(
  report: Report,
  settings: Settings,
  now: Date,
  options: { window?: boolean; only?: { accountId: string; code?: string } } = {},
): DueNudge[] {
  const enabled = new Set<string>(
    options.only
      ? ['focus-in/missing', 'focus-out/missing', 'daily-worklog/missing', 'reading/short']
      : settings.nudges.checks.filter((c) => c !== 'risk/stale'), // risk-nudges.ts sends those
  );
  const calendar = new WorkingCalendar(settings.workingDays, settings.holidays);
  const at = now.getTime();
  const out: DueNudge[] = [];
  for (const m of report.members) {
    if (options.only && options.only.accountId !== m.accountId) continue;
    const today = localDate(at, m.timeZone);
    if (!calendar.isWorkingDay(today)) continue;
    const previous = calendar.prevWorkingDay(today);
    const clock = localTime(at, m.timeZone);
    const mine = report.findings.filter((f) => f.accountId === m.accountId && enabled.has(codeOf(f)));
    const codes = [...new Set(mine.map(codeOf))].sort() as Array<Exclude<NudgeCode, 'risk/stale'>>;
    for (const code of codes) {
      if (options.only?.code && options.only.code !== code) continue;
      const focusIn = code === 'focus-in/missing';
      const day = focusIn ? today : previous;
      const opensAt = focusIn ? settings.focusInDueBy : settings.nudges.morningAt;
      if (day === null || (options.window !== false && clock < opensAt)) continue;
      const about = mine.filter((f) => codeOf(f) === code && f.day === day);
      if (about.length === 0) continue;
      const issueKeys = [...new Set(about.map((f) => f.issueKey).filter((k): k is string => k !== null))].sort();
      const issueKey = issueKeys[0] ?? m.activeIssues[0];
      if (!issueKey) continue; // nothing to send the email about
      out.push({
        accountId: m.accountId,
        displayName: m.displayName,
        code,
        day,
        issueKey,
        issueKeys,
        ...wording(code, day, issueKeys, settings),
      });
    }
  }
  return out;
}

/** What the email says: what is missing, and where to fix it. */
function wording(
  code: Exclude<NudgeCode, 'risk/stale'>,
  day: string,
  issueKeys: string[],
  settings: Settings,
): { subject: string; text: string } {
  switch (code) {
    case 'focus-in/missing':
      return {
        subject: `Focus Walk: your Focus In for ${day} is missing`,
        text: `Post a comment that starts with "Focus In" on the issue you work on today: what you plan, and any blocker. The Focus Walk panel on the issue writes it for you.`,
      };
    case 'focus-out/missing':
      return {
        subject: `Focus Walk: your Focus Out for ${day} is missing`,
        text: `Post a comment that starts with "Focus Out" on the issue you worked on: what you did, what comes tomorrow, any blocker.`,
      };
    case 'daily-worklog/missing':
      return {
        subject: `Focus Walk: no work logged on ${day}`,
        text: `Log the time you spent on ${day} on ${issueKeys.join(', ')} (Log work, on the issue).`,
      };
    case 'reading/short':
      return {
        subject: `Focus Walk: your reading hour of ${day}`,
        text: `The team reads ${settings.reading.targetMinutes} minutes of Confluence updates a day; log your reading in the Reading tracker on Confluence.`,
      };
  }
}
