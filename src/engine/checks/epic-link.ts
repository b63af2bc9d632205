import { finding, issueSubject, type Check } from '../check';

/** Seed item 4: every issue belongs to an epic (its `parent` is at hierarchy level 1). */
export const epicLink: Check = {
  id: 'epic-link',
  codes: ['missing'],
  run(ctx) {
    return ctx.issues
      .filter((i) => !i.subtask && i.hierarchyLevel < 1 && i.parent?.level !== 1)
      .map((i) =>
        finding(
          'epic-link',
          'missing',
          'error',
          issueSubject(i),
          i.parent ? `${i.key}'s parent ${i.parent.ref} is not an epic` : `${i.key} belongs to no epic`,
          i.parent ? { parent: i.parent.ref || null } : {},
        ),
      );
  },
};
