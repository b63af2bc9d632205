import { finding, type Check } from '../check';
import type { IssueView, WalkContext } from '../context';
import type { Finding, Severity } from '../finding';
import { normalizeName } from '../context';
import { parseInstant } from '../time/instant';
import { workingDaysSince } from '../working-days-since';

const SEVERITY: Record<1 | 2 | 3, Severity> = { 1: 'info', 2: 'warning', 3: 'error' };

/** Seed item 20 and seed 002's blocker escalation: blocked issues, by escalation level. */
export const blocked: Check = {
  id: 'blocked',
  run(ctx) {
    const critical = new Set(ctx.settings.blocked.criticalPriorities.map(normalizeName));
    const [level2, level3] = ctx.settings.blocked.escalateDays;
    const out: Finding[] = [];
    for (const issue of ctx.issues) {
      if (issue.statusCategory === 'done') continue;
      const blockers = blockingKeys(ctx, issue);
      if (blockers.length === 0 && !issue.flagged) continue;
      const since = blockedSince(ctx, issue, blockers);
      const days = workingDaysSince(ctx, since, issue.assigneeId);
      const priority = issue.raw.fields.priority?.name;
      const level: 1 | 2 | 3 =
        (priority !== undefined && critical.has(normalizeName(priority))) || days >= level3 ? 3 : days >= level2 ? 2 : 1;
      const what = blockers.length > 0 ? `blocked by ${blockers.join(', ')}` : 'flagged as an impediment';
      out.push(
        finding('blocked', 'blocked', SEVERITY[level], { issueKey: issue.key, accountId: issue.assigneeId }, `${issue.key} is ${what} (${days} working day${days === 1 ? '' : 's'}): escalation level ${level}`, {
          level,
          blockers,
          flagged: issue.flagged,
          days,
          since: new Date(since).toISOString(),
        }),
      );
    }
    return out;
  },
};

/** Keys of unresolved issues that block this one ("is blocked by" links of type Blocks). */
function blockingKeys(ctx: WalkContext, issue: IssueView): string[] {
  const keys = new Set<string>();
  for (const link of issue.issueLinks) {
    const inward = link.inwardIssue;
    if (!inward || normalizeName(link.type.name) !== 'blocks') continue;
    const category = inward.fields?.status?.statusCategory?.key ?? ctx.issueByKey.get(inward.key)?.statusCategory;
    if (category !== 'done') keys.add(inward.key);
  }
  return [...keys].sort();
}

/** The latest changelog entry that added a current blocking link or set the flag; else created / sprint start. */
function blockedSince(ctx: WalkContext, issue: IssueView, blockers: readonly string[]): number {
  let latest: number | null = null;
  for (const history of ctx.histories(issue.id)) {
    const relevant = history.items.some((item) => {
      const field = normalizeName(item.field);
      if (field === 'link') return item.to != null && blockers.includes(item.to);
      if (field === 'flagged') return issue.flagged && (item.toString ?? '').includes('Impediment');
      return false;
    });
    if (relevant) {
      const at = parseInstant(history.created);
      if (latest === null || at > latest) latest = at;
    }
  }
  if (latest !== null) return latest;
  const sprintStart = ctx.snapshot.sprint?.startDate ? parseInstant(ctx.snapshot.sprint.startDate) : Number.NEGATIVE_INFINITY;
  return Math.max(issue.created, sprintStart);
}
