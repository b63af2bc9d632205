import type { Finding } from '../engine/finding';
import type { Report } from '../engine/report';
import { addCommentDoc, type AdfDoc } from '../fetch/jira/add-comment';
import type { Requester } from '../fetch/requester';
import type { Settings } from '../settings/schema';
import { BadRequestError, NotFoundError } from '../core/errors';
import type { PersonRef, SentRecord } from './contract';
import { sendOnce, uniqueKey, type SentDeps } from './sent-log';

/**
 * Seed 002's escalation: level 1 the team (the assignee), level 2 the product lead and dependent
 * teams, level 3 the sponsor (settings.escalation). An escalation is a comment on the blocked
 * issue that mentions the level's people, with the level, the age and what blocks it.
 */
export function recipientsOf(settings: Settings, finding: Finding, level: number): string[] {
  if (level >= 3) return settings.escalation.level3;
  if (level === 2) return settings.escalation.level2;
  return finding.accountId ? [finding.accountId] : [];
}

const levelOf = (f: Finding): number => (typeof f.data.level === 'number' ? f.data.level : 1);

/** The comment: ADF with `mention` nodes, as Jira's editor writes them. */
export function escalationDoc(finding: Finding, level: number, to: PersonRef[]): AdfDoc {
  const days = typeof finding.data.days === 'number' ? finding.data.days : 0;
  const blockers = Array.isArray(finding.data.blockers) ? (finding.data.blockers as string[]) : [];
  const cause = blockers.length ? `by ${blockers.join(', ')}` : 'by an impediment (flagged)';
  const mentions = to.flatMap((p, i) => [
    ...(i > 0 ? [{ type: 'text', text: ', ' }] : []),
    { type: 'mention', attrs: { id: p.accountId, text: `@${p.displayName}` } },
  ]);
  return {
    type: 'doc',
    version: 1,
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: `Escalation level ${level}`, marks: [{ type: 'strong' }] },
          {
            type: 'text',
            text: `: ${finding.issueKey ?? ''} has been blocked ${cause} for ${days} working day${days === 1 ? '' : 's'}.`,
          },
        ],
      },
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'For the attention of ' }, ...mentions, { type: 'text', text: '.' }],
      },
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'Posted by Focus Walk.', marks: [{ type: 'em' }] }],
      },
    ],
  };
}

export interface EscalateInput {
  project: string;
  day: string;
  report: Report;
  settings: Settings;
  issueKey: string;
  people: Record<string, string>;
  /** The TPM (null: the app, auto-escalation). */
  by: PersonRef | null;
}

const person = (people: Record<string, string>, accountId: string): PersonRef => ({
  accountId,
  displayName: people[accountId] ?? accountId,
});

/**
 * Posts the escalation comment for the issue's blocked finding at its level. A TPM's escalation
 * always posts (it was confirmed) and marks the level as escalated; the app's posts once per
 * issue and level.
 */
export async function escalate(
  deps: SentDeps,
  api: Requester,
  input: EscalateInput,
): Promise<{ outcome: 'sent' | 'already'; record: SentRecord }> {
  const finding = input.report.findings.find((f) => f.check === 'blocked' && f.issueKey === input.issueKey);
  if (!finding) throw new NotFoundError(`${input.issueKey} is not blocked in the walk of ${input.day}.`);
  const level = levelOf(finding);
  const ids = recipientsOf(input.settings, finding, level);
  if (ids.length === 0) {
    const field = level >= 3 ? 'escalation.level3' : level === 2 ? 'escalation.level2' : 'members';
    throw new BadRequestError(`Nobody hears of a level-${level} blocker yet: name them in Settings.`, field);
  }
  const to = ids.map((id) => person(input.people, id));
  const onceKey = `escalation|${input.issueKey}|${level}`;
  const record = {
    kind: 'escalation' as const,
    day: input.day,
    by: input.by,
    to,
    issueKey: input.issueKey,
    what: `Escalated ${input.issueKey} to level ${level}`,
    level,
  };
  const post = async () => {
    await addCommentDoc(api, input.issueKey, escalationDoc(finding, level, to));
  };
  if (input.by === null) return sendOnce(deps, input.project, onceKey, record, post);
  // The TPM's: the level is marked escalated (the app will not repeat it); a repeat is logged apart.
  const first = await sendOnce(deps, input.project, onceKey, record, post);
  return first.outcome === 'sent' ? first : sendOnce(deps, input.project, uniqueKey(onceKey), record, post);
}

/** Auto-escalation (opt-in): every blocker at level 2 or 3 with people to tell, once per issue and level. */
export async function autoEscalate(
  deps: SentDeps,
  api: Requester,
  input: Omit<EscalateInput, 'issueKey' | 'by'>,
): Promise<{ sent: number; failed: string[] }> {
  const done = { sent: 0, failed: [] as string[] };
  if (!input.settings.escalation.auto) return done;
  for (const f of input.report.findings) {
    if (f.check !== 'blocked' || f.issueKey === null || levelOf(f) < 2) continue;
    if (recipientsOf(input.settings, f, levelOf(f)).length === 0) continue;
    try {
      if ((await escalate(deps, api, { ...input, issueKey: f.issueKey, by: null })).outcome === 'sent') done.sent++;
    } catch (error) {
      done.failed.push(`${f.issueKey}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return done;
}
