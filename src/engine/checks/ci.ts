import { finding, issueSubject, type Check } from '../check';
import type { Finding } from '../finding';
import { NO_DEVELOPMENT_REASON, isOpen, firstPullRequest } from '../development';

/**
 * Seed 002 "run automated tests and linting in CI before requesting review"; seed 000 item 16.
 * A pull request the code host was not asked about (no `ci`) is not judged.
 */
export const ci: Check = {
  id: 'ci',
  codes: ['failing', 'missing'],
  skip: (ctx) => (ctx.hasDevelopment ? null : { reason: NO_DEVELOPMENT_REASON }),
  run(ctx) {
    const out: Finding[] = [];
    for (const issue of ctx.issues) {
      if (!issue.development) continue;
      const open = issue.development.pullRequests.filter(isOpen);
      const subject = issueSubject(issue);
      const failing = open.filter((p) => p.ci?.state === 'failure');
      if (failing.length > 0) {
        const { first, data } = firstPullRequest(failing);
        const failed = first.ci?.failed ?? [];
        out.push(
          finding(
            'ci',
            'failing',
            'error',
            subject,
            `${issue.key}: CI fails on pull request ${first.id}${failed.length ? ` (${failed.join(', ')})` : ''}`,
            { ...data, failed, ...(first.ci?.url ? { ciUrl: first.ci.url } : {}) },
          ),
        );
      }
      const untested = open.filter((p) => p.ci?.state === 'none');
      if (untested.length > 0 && ctx.reviewStatuses.has(issue.status)) {
        const { first, data } = firstPullRequest(untested);
        out.push(
          finding(
            'ci',
            'missing',
            'warning',
            subject,
            `${issue.key} is in review, but no CI ran on pull request ${first.id}`,
            data,
          ),
        );
      }
    }
    return out;
  },
};
