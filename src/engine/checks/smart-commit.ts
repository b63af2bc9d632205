import { finding, issueSubject, type Check } from '../check';
import type { Finding } from '../finding';
import { NO_DEVELOPMENT_REASON, byName, linkedCounts } from '../development';
import { hasBadTimeCommand } from '../time-command';

/** Seed item 6: smart branches and smart commits name the ticket and follow the conventions. */
export const smartCommit: Check = {
  id: 'smart-commit',
  codes: ['branch-name', 'commit-message', 'smart-commit-syntax', 'no-dev'],
  skip: (ctx) => (ctx.hasDevelopment ? null : { reason: NO_DEVELOPMENT_REASON }),
  run(ctx) {
    const out: Finding[] = [];
    for (const issue of ctx.issues) {
      const dev = issue.development;
      if (!dev) continue;
      const subject = issueSubject(issue);
      const badBranches = dev.branches
        .filter((b) => !ctx.patterns.branch.test(b.name, issue.key))
        .sort(byName((b) => b.name));
      if (badBranches[0]) {
        out.push(
          finding(
            'smart-commit',
            'branch-name',
            'warning',
            subject,
            `${issue.key}: branch "${badBranches[0].name}" does not follow the branch convention`,
            {
              branch: badBranches[0].name,
              branches: badBranches.map((b) => b.name),
              ...(badBranches[0].url ? { url: badBranches[0].url } : {}),
            },
          ),
        );
      }
      const commits = [...dev.commits].sort(byName((c) => c.id));
      const badMessages = commits.filter((c) => !ctx.patterns.commit.test(c.message.split('\n')[0] ?? '', issue.key));
      if (badMessages[0]) {
        out.push(
          finding(
            'smart-commit',
            'commit-message',
            'warning',
            subject,
            `${issue.key}: commit ${badMessages[0].id.slice(0, 7)} does not name the issue in its first line`,
            {
              commit: badMessages[0].id,
              commits: badMessages.map((c) => c.id),
              ...(badMessages[0].url ? { url: badMessages[0].url } : {}),
            },
          ),
        );
      }
      const badTime = commits.filter((c) => hasBadTimeCommand(c.message));
      if (badTime[0]) {
        out.push(
          finding(
            'smart-commit',
            'smart-commit-syntax',
            'warning',
            subject,
            `${issue.key}: commit ${badTime[0].id.slice(0, 7)} has a #time command without a valid duration`,
            {
              commit: badTime[0].id,
              commits: badTime.map((c) => c.id),
              ...(badTime[0].url ? { url: badTime[0].url } : {}),
            },
          ),
        );
      }
      const counts = linkedCounts(dev);
      if (ctx.codeStatuses.has(issue.status) && counts.branches + counts.commits + counts.pullRequests === 0) {
        out.push(
          finding(
            'smart-commit',
            'no-dev',
            'warning',
            subject,
            `${issue.key} is in "${issue.statusName}" but has no linked branch, commit or pull request`,
          ),
        );
      }
    }
    return out;
  },
};
