import { finding, issueSubject, type Check } from '../check';
import type { WalkContext } from '../context';
import type { Finding } from '../finding';
import { NO_DEVELOPMENT_REASON, isMerged, firstPullRequest } from '../development';
import { parseInstant } from '../../core/time/instant';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Seed 002 "require at least one approval before merging": what was merged in the walk's window. */
export const merge: Check = {
  id: 'merge',
  codes: ['unapproved', 'ci-failed'],
  skip: (ctx) => (ctx.hasDevelopment ? null : { reason: NO_DEVELOPMENT_REASON }),
  run(ctx) {
    const from = windowStart(ctx);
    const min = ctx.settings.pr.minApprovals;
    const out: Finding[] = [];
    for (const issue of ctx.issues) {
      if (!issue.development) continue;
      const merged = issue.development.pullRequests.filter((p) => {
        if (!isMerged(p) || !p.mergedAt) return false;
        const at = parseInstant(p.mergedAt);
        return at >= from && at <= ctx.at;
      });
      const subject = issueSubject(issue);
      const unapproved = merged.filter((p) => p.approvals !== undefined && p.approvals < min);
      if (unapproved.length > 0) {
        const { first, data } = firstPullRequest(unapproved);
        out.push(
          finding(
            'merge',
            'unapproved',
            'warning',
            subject,
            `${issue.key}: pull request ${first.id} was merged with ${first.approvals ?? 0} of ${min} approvals`,
            { ...data, approvals: first.approvals ?? 0 },
          ),
        );
      }
      const red = merged.filter((p) => p.ci?.state === 'failure');
      if (red.length > 0) {
        const { first, data } = firstPullRequest(red);
        out.push(
          finding(
            'merge',
            'ci-failed',
            'error',
            subject,
            `${issue.key}: pull request ${first.id} was merged while its CI failed`,
            data,
          ),
        );
      }
    }
    return out;
  },
};

/** The sprint's start; no sprint: `questionWindowDays` days of 24 h before the walk. */
function windowStart(ctx: WalkContext): number {
  return ctx.sprintStart ?? ctx.at - ctx.settings.questionWindowDays * DAY_MS;
}
