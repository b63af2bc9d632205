import type { Report } from '../../engine/report';
import { notify } from '../../fetch/jira/notify';
import type { Requester } from '../../fetch/requester';
import type { Settings } from '../../settings/schema';
import type { NudgeOutcome, PersonRef } from '../contract';
import { dueNudges } from './nudges';
import { dueRiskNudges } from './risk-nudges';
import { html, sendOnce, type SentDeps } from './sent-log';

export interface NudgeInput {
  project: string;
  /** The project's day (settings.timezone): the log's day. */
  day: string;
  report: Report;
  settings: Settings;
  siteUrl: string | null;
  /** The TPM who asked (null: the hourly trigger). */
  by: PersonRef | null;
  /** A TPM's "Nudge": one member (and one code), sent now rather than at the member's hour. */
  only?: { accountId: string; code?: string };
}

/**
 * Emails each member who is due a reminder (nudges.ts), once per member, code and day whatever
 * the retries or concurrent triggers (sent-log.ts claims each).
 */
export async function sendNudges(deps: SentDeps, api: Requester, input: NudgeInput): Promise<NudgeOutcome[]> {
  const due = [
    ...dueNudges(input.report, input.settings, deps.now(), {
      window: input.only === undefined,
      ...(input.only ? { only: input.only } : {}),
    }),
    // A risk's owner is reminded by the schedule only: a TPM's Nudge is about a member's day.
    ...(input.only ? [] : dueRiskNudges(input.report, input.settings, deps.now())),
  ];
  const outcomes: NudgeOutcome[] = [];
  for (const n of due) {
    const where = input.siteUrl ? `${input.siteUrl}/browse/${n.issueKey}` : n.issueKey;
    const text = `${n.text}\n\n${where}\n\n(Focus Walk, the team's daily walk: at most one reminder a day for each thing.)`;
    const sent = await sendOnce(
      deps,
      input.project,
      `nudge|${n.accountId}|${n.code}|${n.once ?? n.day}`,
      {
        kind: 'nudge',
        day: input.day,
        by: input.by,
        to: [{ accountId: n.accountId, displayName: n.displayName }],
        issueKey: n.issueKey,
        what: n.subject,
        code: n.code,
      },
      () =>
        notify(api, n.issueKey, {
          subject: n.subject,
          textBody: text,
          htmlBody: html(text).replace(/\n/g, '<br>'),
          to: [n.accountId],
        }),
    ).then(
      ({ outcome }): NudgeOutcome => ({ code: n.code, outcome }),
      // One refused or lost email does not keep the others from going out.
      (error: unknown): NudgeOutcome => ({
        code: n.code,
        outcome: 'failed',
        reason: error instanceof Error ? error.message : String(error),
      }),
    );
    outcomes.push(sent);
  }
  return outcomes;
}
