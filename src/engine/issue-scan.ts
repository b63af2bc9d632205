import type { Issue } from '../snapshot/schema';
import type { Activity } from '../snapshot/activity';
import { InputError } from '../core/input-error';

/** What the context reads of every issue before it builds the views (context.ts). */
export interface IssueScan {
  keys: string[];
  ids: string[];
  /** The columns' sizes: a list that is no array counts 0 (its issue is rejected when read). */
  commentRows: number;
  worklogRows: number;
}

type Shell = {
  key?: unknown;
  id?: unknown;
  fields?: { comment?: { comments?: unknown }; worklog?: { worklogs?: unknown } };
};

const lengthOf = (list: unknown): number => (Array.isArray(list) ? list.length : 0);

/**
 * Each issue's key, id and number of comments and worklogs, in one pass in the issues' own order.
 * An issue of an unchecked snapshot (parseSnapshotLazily) whose key or id is no string is checked
 * at once, so the snapshot is rejected with its first bad field, before anything sorts by them.
 */
export function scanIssues(
  issues: readonly Issue[],
  activity: Activity | undefined,
  checkIssue: ((index: number) => void) | undefined,
): IssueScan {
  const keys: string[] = [];
  const ids: string[] = [];
  let commentRows = 0;
  let worklogRows = 0;
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i] as Shell | null | undefined;
    if (typeof issue?.key !== 'string' || typeof issue.id !== 'string') {
      checkIssue?.(i);
      throw new InputError('snapshot', `issues[${i}]`, 'expected an issue with a string key and id');
    }
    keys.push(issue.key);
    ids.push(issue.id);
    const a = activity?.get(issue.id);
    const f = issue.fields;
    commentRows += a ? a.commentCreated.length : lengthOf(f?.comment?.comments);
    worklogRows += a ? a.worklogStarted.length : lengthOf(f?.worklog?.worklogs);
  }
  return { keys, ids, commentRows, worklogRows };
}
