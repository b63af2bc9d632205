import { finding, type Check } from '../check';
import type { IssueView, WalkContext } from '../context';
import type { Finding } from '../finding';
import { NO_DEVELOPMENT_REASON, byName, isOpen, linkedCounts } from '../development';
import { escapeRegExp } from '../../settings/patterns';
import { workingDaysSince } from '../working-days-since';

/** Seed item 8 and seed 002's pull-request workflow: small, keyed, approved, not stale. */
export const reviewPr: Check = {
  id: 'review-pr',
  skip(ctx) {
    if (!ctx.hasDevelopment) return { reason: NO_DEVELOPMENT_REASON };
    if (!ctx.hasChangelogs) return { reason: 'the snapshot has no changelogs, so time in review is unknown', codes: ['stale'] };
    return null;
  },
  run(ctx) {
    const { maxLines, minApprovals, maxReviewDays } = ctx.settings.pr;
    const out: Finding[] = [];
    for (const issue of ctx.issues) {
      const dev = issue.development;
      if (!dev || !ctx.reviewStatuses.has(issue.status)) continue;
      const subject = { issueKey: issue.key, accountId: issue.assigneeId };
      if (linkedCounts(dev).pullRequests === 0) {
        out.push(finding('review-pr', 'no-pr', 'error', subject, `${issue.key} is in review but has no pull request`));
      }
      const open = dev.pullRequests.filter(isOpen).sort(byName((p) => p.id));
      const large = open.filter((p) => p.additions !== undefined && p.deletions !== undefined && p.additions + p.deletions > maxLines);
      if (large[0]) {
        const lines = (large[0].additions ?? 0) + (large[0].deletions ?? 0);
        out.push(finding('review-pr', 'too-large', 'warning', subject, `${issue.key}: pull request ${large[0].id} changes ${lines} lines (over ${maxLines})`, {
          pullRequest: large[0].id,
          lines,
          pullRequests: large.map((p) => p.id),
          ...(large[0].url ? { url: large[0].url } : {}),
        }));
      }
      const unapproved = open.filter((p) => p.approvals !== undefined && p.approvals < minApprovals);
      if (unapproved[0]) {
        out.push(finding('review-pr', 'no-approval', 'warning', subject, `${issue.key}: pull request ${unapproved[0].id} has ${unapproved[0].approvals ?? 0} of ${minApprovals} approvals`, {
          pullRequest: unapproved[0].id,
          pullRequests: unapproved.map((p) => p.id),
          ...(unapproved[0].url ? { url: unapproved[0].url } : {}),
        }));
      }
      const keyInTitle = new RegExp(`(^|[^A-Za-z0-9])${escapeRegExp(issue.key)}(?![0-9])`, 'i');
      const unkeyed = open.filter((p) => !keyInTitle.test(p.title));
      if (unkeyed[0]) {
        out.push(finding('review-pr', 'no-key', 'info', subject, `${issue.key}: pull request ${unkeyed[0].id} does not name ${issue.key} in its title`, {
          pullRequest: unkeyed[0].id,
          pullRequests: unkeyed.map((p) => p.id),
          ...(unkeyed[0].url ? { url: unkeyed[0].url } : {}),
        }));
      }
      if (ctx.hasChangelogs) {
        const days = workingDaysSince(ctx, reviewSince(ctx, issue), issue.assigneeId);
        if (days > maxReviewDays) {
          out.push(finding('review-pr', 'stale', 'warning', subject, `${issue.key} has been in review for ${days} working days`, { days }));
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
    if (change.to !== null && ctx.reviewStatuses.has(change.to.trim().toLowerCase())) since = Math.max(since, change.at);
  }
  return since;
}
