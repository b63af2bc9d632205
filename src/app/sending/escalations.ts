import type { Finding } from '../../engine/finding';
import type { Report } from '../../engine/report';
import { addCommentDoc, type AdfDoc } from '../../fetch/jira/add-comment';
import type { Requester } from '../../fetch/requester';
import { APP_COMMENT_MARK } from '../../core/app-comment';
import { bulkUsers } from '../../fetch/jira/bulk-users';
import type { Settings } from '../../settings/schema';
import { BadRequestError, NotFoundError } from '../../core/errors';
import type { PersonRef, SentRecord } from '../contract';
import { sendOnce, type SentDeps } from './sent-log';

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
        content: [{ type: 'text', text: APP_COMMENT_MARK, marks: [{ type: 'em' }] }],
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
  /**
   * A TPM's confirmed repeat of a level already escalated: a token the confirmation made, so a
   * double submit of one confirmation posts one comment. Without it, an escalated level is not
   * posted again: the answer is 'already', with the earlier escalation.
   */
  again?: string;
  /** Names for account ids the walk did not meet (the level's people), looked up as the requester. */
  names?: (accountIds: string[]) => Promise<Record<string, string>>;
}

/** Display names by account id, as the requester may read them (`/rest/api/3/user/bulk`). */
async function displayNames(api: Requester, accountIds: string[]): Promise<Record<string, string>> {
  const users = (await bulkUsers(api, accountIds)) as Array<{ accountId: string; displayName?: string }>;
  return Object.fromEntries(users.map((u) => [u.accountId, u.displayName ?? u.accountId]));
}

const person = (people: Record<string, string>, accountId: string): PersonRef => ({
  accountId,
  displayName: people[accountId] ?? accountId,
});

/**
 * Posts the escalation comment for the issue's blocked finding at its level, once per issue and
 * level (the app's and a TPM's share the key); a TPM's confirmed repeat (`again`) posts once per
 * confirmation.
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
  const unknown = ids.filter((id) => !input.people[id]);
  const lookup = input.names ?? ((accountIds: string[]) => displayNames(api, accountIds));
  // A name the site will not give is shown as the account id; the mention still reaches them.
  const looked = unknown.length ? await lookup(unknown).catch(() => ({})) : {};
  const to = ids.map((id) => person({ ...looked, ...input.people }, id));
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
  if (input.by === null || !input.again) return sendOnce(deps, input.project, onceKey, record, post);
  return sendOnce(deps, input.project, `${onceKey}|again|${input.again}`, record, post);
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
