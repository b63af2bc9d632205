import { finding, type Check } from '../check';

/** Seed item 1: every member has an issue in a focus column. */
export const focusColumn: Check = {
  id: 'focus-column',
  codes: ['none'],
  run(ctx) {
    return ctx.members
      .filter((m) => ctx.activeIssues(m.accountId).length === 0)
      .map((m) =>
        finding(
          'focus-column',
          'none',
          'warning',
          { accountId: m.accountId },
          `${m.displayName} has no issue in a focus column`,
        ),
      );
  },
};
