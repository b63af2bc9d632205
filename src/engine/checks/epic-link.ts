import { finding, type Check } from '../check';
import type { IssueView, WalkContext } from '../context';

/** Seed item 4: every issue belongs to an epic (its `parent` is at hierarchy level 1). */
export const epicLink: Check = {
  id: 'epic-link',
  run(ctx) {
    return ctx.issues
      .filter((i) => !i.raw.fields.issuetype.subtask && (i.raw.fields.issuetype.hierarchyLevel ?? 0) < 1)
      .filter((i) => parentLevel(ctx, i) !== 1)
      .map((i) => {
        const parent = i.raw.fields.parent;
        return finding(
          'epic-link',
          'missing',
          'error',
          { issueKey: i.key, accountId: i.assigneeId },
          parent ? `${i.key}'s parent ${parent.key ?? parent.id ?? ''} is not an epic` : `${i.key} belongs to no epic`,
          parent ? { parent: parent.key ?? parent.id ?? null } : {},
        );
      });
  },
};

/** The parent's hierarchy level, from the parent field or, failing that, the parent issue itself. */
function parentLevel(ctx: WalkContext, issue: IssueView): number | null {
  const parent = issue.raw.fields.parent;
  if (!parent) return null;
  const level = parent.fields?.issuetype?.hierarchyLevel;
  if (level !== undefined) return level;
  const known = parent.key ? ctx.issueByKey.get(parent.key) : undefined;
  return known?.raw.fields.issuetype.hierarchyLevel ?? null;
}
