import { finding, type Check } from '../check';
import type { Finding } from '../finding';
import { normalizeName } from '../issue-view';

/** Seed item 7: issue types and labels follow the team's taxonomy. */
export const labels: Check = {
  id: 'labels',
  codes: ['type', 'none', 'unknown'],
  run(ctx) {
    const types = new Set(ctx.settings.allowedIssueTypes.map(normalizeName));
    const allowed = new Set(ctx.settings.labels.allowed); // case-sensitive, as in Jira
    const out: Finding[] = [];
    for (const issue of ctx.issues) {
      const subject = { issueKey: issue.key, accountId: issue.assigneeId };
      const typeName = issue.issueType;
      if (types.size > 0 && !types.has(normalizeName(typeName))) {
        out.push(
          finding(
            'labels',
            'type',
            'warning',
            subject,
            `${issue.key} has issue type "${typeName}", which is not in the allowed types`,
            { issueType: typeName },
          ),
        );
      }
      if (allowed.size === 0) continue;
      const issueLabels = issue.labels;
      let known = 0;
      for (const l of issueLabels) if (allowed.has(l)) known++;
      if (known === 0) {
        out.push(finding('labels', 'none', 'warning', subject, `${issue.key} has no label of the taxonomy`));
      }
      // Most issues have only known labels: the list of unknown ones is built only when there are some.
      if (known < issueLabels.length) {
        const unknown = [...new Set(issueLabels.filter((l) => !allowed.has(l)))].sort();
        out.push(
          finding(
            'labels',
            'unknown',
            'info',
            subject,
            `${issue.key} has labels outside the taxonomy: ${unknown.join(', ')}`,
            { labels: unknown },
          ),
        );
      }
    }
    return out;
  },
};
