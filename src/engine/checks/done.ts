import { finding, type Check } from '../check';
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
      for (const i of ctx.issues) {
        if (!i.parent) continue;
        const siblings = map.get(i.parent.ref);
        // Appended in place: an epic of 10,000 children must not copy its list 10,000 times.
        if (siblings) siblings.push(i);
        else map.set(i.parent.ref, [i]);
      }
      return map;
    });
    const out: Finding[] = [];
    for (const issue of ctx.issues) {
      if (issue.statusCategory !== 'done') continue;
      const subject = { issueKey: issue.key, accountId: issue.assigneeId };
      const open = issue.development?.pullRequests.filter(isOpen) ?? [];
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
      const unfinished = [...(children.get(issue.key) ?? []), ...(children.get(issue.id) ?? [])]
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
