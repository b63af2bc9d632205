import { finding, issueSubject, type Check, type Subject } from '../check';
import type { WalkContext } from '../context';
import { normalizeName, type DevelopmentView, type IssueView } from '../issue-view';
import type { Finding, Severity } from '../finding';
import { NO_DEVELOPMENT_REASON, byName, firstPullRequest, isOpen, linkedCounts } from '../development';
import { escapeRegExp } from '../../settings/patterns';
import { workingDaysSince } from '../working-days-since';

/** Seed item 8 and seed 002's pull-request workflow: small, keyed, approved, not stale. */
export const reviewPr: Check = {
  id: 'review-pr',
  codes: ['no-pr', 'too-large', 'no-approval', 'no-key', 'stale'],
  skip(ctx) {
    if (!ctx.hasDevelopment) return { reason: NO_DEVELOPMENT_REASON };
    if (!ctx.hasChangelogs)
      return { reason: 'the snapshot has no changelogs, so time in review is unknown', codes: ['stale'] };
    return null;
  },
  run(ctx) {
    const { maxLines, minApprovals, maxReviewDays } = ctx.settings.pr;
    const out: Finding[] = [];
    for (const issue of ctx.issues) {
      const dev = issue.development;
      if (!dev || !ctx.reviewStatuses.has(issue.status)) continue;
      const subject = issueSubject(issue);
      if (linkedCounts(dev).pullRequests === 0) {
        out.push(finding('review-pr', 'no-pr', 'error', subject, `${issue.key} is in review but has no pull request`));
      }
      const open = dev.pullRequests.filter(isOpen).sort(byName((p) => p.id));
      const large = open.filter(
        (p) => p.additions !== undefined && p.deletions !== undefined && p.additions + p.deletions > maxLines,
      );
      const unapproved = open.filter((p) => p.approvals !== undefined && p.approvals < minApprovals);
      const keyInTitle = new RegExp(`(^|[^A-Za-z0-9])${escapeRegExp(issue.key)}(?![0-9])`, 'i');
      const unkeyed = open.filter((p) => !keyInTitle.test(p.title));
      const lines = (p: PullRequest): number => (p.additions ?? 0) + (p.deletions ?? 0);
      out.push(
        ...firstOf(large, 'too-large', 'warning', subject, (p) => [
          `${issue.key}: pull request ${p.id} changes ${lines(p)} lines (over ${maxLines})`,
          { lines: lines(p) },
        ]),
        ...firstOf(unapproved, 'no-approval', 'warning', subject, (p) => [
          `${issue.key}: pull request ${p.id} has ${p.approvals ?? 0} of ${minApprovals} approvals`,
          {},
        ]),
        ...firstOf(unkeyed, 'no-key', 'info', subject, (p) => [
          `${issue.key}: pull request ${p.id} does not name ${issue.key} in its title`,
          {},
        ]),
      );
      if (ctx.hasChangelogs) {
        const days = workingDaysSince(ctx, reviewSince(ctx, issue), issue.assigneeId);
        if (days > maxReviewDays) {
          out.push(
            finding(
              'review-pr',
              'stale',
              'warning',
              subject,
              `${issue.key} has been in review for ${days} working days`,
              { days },
            ),
          );
        }
      }
    }
    return out;
  },
};

/** The latest changelog move into a review status; none: the issue's creation. */
function reviewSince(ctx: WalkContext, issue: IssueView): number {
  let since = issue.created;
  for (const change of ctx.statusChanges(issue)) {
    if (change.to !== null && ctx.reviewStatuses.has(normalizeName(change.to))) since = Math.max(since, change.at);
  }
  return since;
}

type PullRequest = DevelopmentView['pullRequests'][number];

/**
 * One finding for a rule's offending open pull requests: it names the first (by id) and its link,
 * and lists them all.
 */
function firstOf(
  offending: readonly PullRequest[],
  code: 'too-large' | 'no-approval' | 'no-key',
  severity: Severity,
  subject: Subject,
  describe: (first: PullRequest) => [string, Record<string, unknown>],
): Finding[] {
  if (offending.length === 0) return [];
  const { first, data: named } = firstPullRequest(offending);
  const [message, data] = describe(first);
  return [finding('review-pr', code, severity, subject, message, { ...named, ...data })];
}
