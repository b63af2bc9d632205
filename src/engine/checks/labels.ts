import { finding, issueSubject, type Check } from '../check';
import type { Finding } from '../finding';
import { normalizeName, type IssueView } from '../issue-view';

/** Seed item 7: issue types and labels follow the team's taxonomy. */
export const labels: Check = {
  id: 'labels',
  codes: ['type', 'none', 'unknown'],
  run(ctx) {
    const types = new Set(ctx.settings.allowedIssueTypes.map(normalizeName));
    // Asked once per issue type (a sprint has a handful), not once per issue: a lower-case copy
    // of each issue's type was 20,000 strings a large walk.
    const typeAllowed = new Map<string, boolean>();
    const allowed = new Set(ctx.settings.labels.allowed); // case-sensitive, as in Jira
    const out: Finding[] = [];
    // Indexed, and the finding's subject made only for a finding: half of a large sprint's
    // 20,000 issues have none, and the loop runs once a walk (often before it is compiled).
    const issues = ctx.issues;
    for (let n = 0; n < issues.length; n++) {
      const issue = issues[n] as IssueView;
      const typeName = issue.issueType;
      let allowedType = typeAllowed.get(typeName);
      if (allowedType === undefined) typeAllowed.set(typeName, (allowedType = types.has(normalizeName(typeName))));
      if (types.size > 0 && !allowedType) {
        out.push(
          finding(
            'labels',
            'type',
            'warning',
            issueSubject(issue),
            `${issue.key} has issue type "${typeName}", which is not in the allowed types`,
            { issueType: typeName },
          ),
        );
      }
      if (allowed.size === 0) continue;
      const issueLabels = issue.labels;
      let known = 0;
      for (let k = 0; k < issueLabels.length; k++) if (allowed.has(issueLabels[k] as string)) known++;
      if (known === 0) {
        out.push(
          finding('labels', 'none', 'warning', issueSubject(issue), `${issue.key} has no label of the taxonomy`),
        );
      }
      // Most issues have only known labels: the list of unknown ones is built only when there are some.
      if (known < issueLabels.length) {
        // One label (the common case) needs no set to drop repeats, nor a sort.
        const unknown =
          issueLabels.length === 1
            ? [issueLabels[0] as string]
            : [...new Set(issueLabels.filter((l) => !allowed.has(l)))].sort();
        out.push(
          finding(
            'labels',
            'unknown',
            'info',
            issueSubject(issue),
            `${issue.key} has labels outside the taxonomy: ${unknown.join(', ')}`,
            { labels: unknown },
          ),
        );
      }
    }
    return out;
  },
};
