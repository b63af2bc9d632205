import { finding, issueSubject, type Check } from '../check';
import type { IssueView } from '../issue-view';
import type { Finding } from '../finding';
import { NO_DEVELOPMENT_REASON, isOpen, firstPullRequest } from '../development';

/** Jira's release warnings and seed 002's acceptance: done issues leave nothing open behind them. */
export const done: Check = {
  id: 'done',
  codes: ['open-pr', 'open-subtasks'],
  skip: (ctx) => (ctx.hasDevelopment ? null : { reason: NO_DEVELOPMENT_REASON, codes: ['open-pr'] }),
  run(ctx) {
    // Sub-tasks by their parent's key or id (the parent field may carry either).
    const children = ctx.memo('children', () => {
      const map = new Map<string, IssueView[]>();
      const issues = ctx.issues;
      for (let n = 0; n < issues.length; n++) {
        const i = issues[n] as IssueView;
        if (!i.parent) continue;
        const siblings = map.get(i.parent.ref);
        // Appended in place: an epic of 10,000 children must not copy its list 10,000 times.
        if (siblings) siblings.push(i);
        else map.set(i.parent.ref, [i]);
      }
      return map;
    });
    const out: Finding[] = [];
    // Indexed, and nothing built for a done issue with neither pull requests nor sub-tasks (most
    // of them): a large walk's done issues each made six lists and a set (2.4 MB at 20,000 issues).
    const issues = ctx.issues;
    for (let n = 0; n < issues.length; n++) {
      const issue = issues[n] as IssueView;
      if (issue.statusCategory !== 'done') continue;
      const byKey = children.get(issue.key);
      const byId = children.get(issue.id);
      const prs = issue.development?.pullRequests;
      if (!byKey && !byId && !prs?.length) continue;
      const subject = issueSubject(issue);
      const open = prs?.filter(isOpen) ?? [];
      if (open.length > 0) {
        const { first, data } = firstPullRequest(open);
        out.push(
          finding(
            'done',
            'open-pr',
            'warning',
            subject,
            `${issue.key} is done, but pull request ${first.id} is still open`,
            data,
          ),
        );
      }
      const unfinished = [...(byKey ?? []), ...(byId ?? [])]
        .filter((c) => c.statusCategory !== 'done')
        .map((c) => c.key);
      const subtasks = [...new Set(unfinished)].sort();
      if (subtasks.length > 0) {
        out.push(
          finding(
            'done',
            'open-subtasks',
            'error',
            subject,
            `${issue.key} is done, but its sub-task${subtasks.length === 1 ? '' : 's'} ${subtasks.join(', ')} ${subtasks.length === 1 ? 'is' : 'are'} not`,
            { subtasks },
          ),
        );
      }
    }
    return out;
  },
};
