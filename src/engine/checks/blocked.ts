import { finding, type Check } from '../check';
import { namesImpediment, normalizeName, type IssueView, type WalkContext } from '../context';
import type { Finding, Severity } from '../finding';
import { workingDaysSince } from '../working-days-since';

const SEVERITY: Record<1 | 2 | 3, Severity> = { 1: 'info', 2: 'warning', 3: 'error' };

/** Seed item 20 and seed 002's blocker escalation: blocked issues, by escalation level. */
export const blocked: Check = {
  id: 'blocked',
  codes: ['blocked'],
  run(ctx) {
    const critical = new Set(ctx.settings.blocked.criticalPriorities.map(normalizeName));
    const [level2, level3] = ctx.settings.blocked.escalateDays;
    const securityLabels = new Set(ctx.settings.escalation.securityLabels);
    const out: Finding[] = [];
    for (const issue of ctx.issues) {
      if (issue.statusCategory === 'done') continue;
      const blockers = blockingKeys(issue);
      if (blockers.length === 0 && !issue.flagged) continue;
      const since = blockedSince(ctx, issue, blockers);
      const days = workingDaysSince(ctx, since, issue.assigneeId);
      // A security label (settings.escalation.securityLabels, none by default) goes to the sponsor at once.
      const security = issue.labels.some((l) => securityLabels.has(l));
      const level: 1 | 2 | 3 =
        (issue.priority !== null && critical.has(issue.priority)) || security || days >= level3
          ? 3
          : days >= level2
            ? 2
            : 1;
      // Why this level, for the Blockers tab: the first rule that set it.
      const why =
        issue.priority !== null && critical.has(issue.priority)
          ? 'priority'
          : security
            ? 'security'
            : days >= level2
              ? 'days'
              : 'new';
      const what = blockers.length > 0 ? `blocked by ${blockers.join(', ')}` : 'flagged as an impediment';
      out.push(
        finding(
          'blocked',
          'blocked',
          SEVERITY[level],
          { issueKey: issue.key, accountId: issue.assigneeId },
          `${issue.key} is ${what} (${days} working day${days === 1 ? '' : 's'}): escalation level ${level}`,
          {
            level,
            blockers,
            flagged: issue.flagged,
            days,
            since: new Date(since).toISOString(),
            why,
            summary: issue.summary,
            priority: issue.priorityName,
            ...(security ? { security: true } : {}),
          },
        ),
      );
    }
    return out;
  },
};

/** Keys of unresolved issues that block this one ("is blocked by" links of type Blocks). */
function blockingKeys(issue: IssueView): string[] {
  const keys = new Set<string>();
  for (const link of issue.inwardLinks) if (link.type === 'blocks' && link.category !== 'done') keys.add(link.key);
  return [...keys].sort();
}

/** The latest changelog entry that added a current blocking link or set the flag; else created / sprint start. */
function blockedSince(ctx: WalkContext, issue: IssueView, blockers: readonly string[]): number {
  let latest: number | null = null;
  for (const change of ctx.markerChanges(issue)) {
    const relevant =
      change.field === 'link'
        ? change.to !== null && blockers.includes(change.to)
        : issue.flagged && namesImpediment(change.toString);
    if (relevant && (latest === null || change.at > latest)) latest = change.at;
  }
  return latest ?? Math.max(issue.created, ctx.sprintStart ?? Number.NEGATIVE_INFINITY);
}
