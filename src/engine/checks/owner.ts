import { finding, type Check } from '../check';

/** Seed 002 "role owners assigned for all active work items": work in progress has an owner. */
export const owner: Check = {
  id: 'owner',
  codes: ['none'],
  run(ctx) {
    return ctx.issues
      .filter((i) => i.statusCategory === 'indeterminate' && i.assigneeId === null)
      .map((i) =>
        finding(
          'owner',
          'none',
          'error',
          { issueKey: i.key, accountId: null },
          `${i.key} is in "${i.statusName}" but nobody is assigned`,
          { status: i.statusName, summary: i.summary },
        ),
      );
  },
};
