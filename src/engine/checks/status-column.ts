import { finding, issueSubject, type Check } from '../check';

/** Seed item 1: work in progress sits in a focus or review column, nowhere else. */
export const statusColumn: Check = {
  id: 'status-column',
  codes: ['outside'],
  run(ctx) {
    return ctx.issues
      .filter(
        (i) =>
          i.statusCategory === 'indeterminate' && !ctx.focusStatuses.has(i.status) && !ctx.reviewStatuses.has(i.status),
      )
      .map((i) =>
        finding(
          'status-column',
          'outside',
          'error',
          issueSubject(i),
          `${i.key} is in progress in "${i.statusName}", which is neither a focus nor a review column`,
          { status: i.statusName },
        ),
      );
  },
};
