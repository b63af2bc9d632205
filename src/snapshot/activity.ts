import { InputError } from '../core/input-error';
import { parseInstant } from '../core/time/instant';
import type { UserRef } from './schema';

/**
 * An issue's comments and worklogs in the walk's compact form: what the checks read of them
 * (when, by whom, a comment's plain text) in columns, one typed array of instants each, no
 * object per comment. A background walk moves each page's comments and worklogs here as the
 * page arrives (issue 26: a 10,000-issue sprint holds 300,000 of them, and their Jira-shaped
 * objects were most of the walk's memory); a saved snapshot keeps them in Jira's shapes
 * (snapshot.md) and the engine reads those instead. Authors are the fetch's shared person
 * objects, so they cost nothing per item.
 */
export interface IssueActivity {
  commentIds: string[];
  commentCreated: Float64Array;
  commentAuthors: Array<UserRef | null>;
  /** checks.md's plain text of each body (untrimmed; the engine trims). */
  commentTexts: string[];
  worklogStarted: Float64Array;
  worklogSeconds: Float64Array;
  worklogAuthors: Array<UserRef | null>;
}

/** The sprint's activity by issue id. */
export type Activity = Map<string, IssueActivity>;

type Item = Record<string, unknown>;

/** The snapshot schema's rules for what is kept: an instant with an offset, an author with an account id or none. */
function instantAt(item: Item, field: string, where: string): number {
  const value = item[field];
  const ms = typeof value === 'string' ? parseInstant(value) : NaN;
  if (Number.isNaN(ms))
    throw new InputError('snapshot', `${where}.${field}`, 'expected an ISO-8601 instant with an offset');
  return ms;
}

function authorAt(item: Item, where: string): UserRef | null {
  const author = item['author'];
  if (author === null || author === undefined) return null;
  if (typeof author !== 'object' || typeof (author as Item)['accountId'] !== 'string')
    throw new InputError('snapshot', `${where}.author`, 'expected a user with an accountId');
  return author as UserRef;
}

/** An issue's comments and worklogs in compact form; a malformed one is refused, naming where it is. */
export function issueActivity(
  key: string,
  comments: readonly Item[],
  worklogs: readonly Item[],
  textOf: (body: unknown) => string,
  /** Comments created before this instant keep no text: the walk reads none of theirs (engine/text-window.ts). */
  textsSince = -Infinity,
): IssueActivity {
  const commentIds = new Array<string>(comments.length);
  const commentCreated = new Float64Array(comments.length);
  const commentAuthors = new Array<UserRef | null>(comments.length);
  const commentTexts = new Array<string>(comments.length);
  comments.forEach((c, i) => {
    const where = `issues[${key}].fields.comment.comments[${i}]`;
    const id = c['id'];
    if (typeof id !== 'string') throw new InputError('snapshot', `${where}.id`, 'expected the comment id');
    commentIds[i] = id;
    commentCreated[i] = instantAt(c, 'created', where);
    commentAuthors[i] = authorAt(c, where);
    commentTexts[i] = commentCreated[i] < textsSince ? '' : textOf(c['body']);
  });
  const worklogStarted = new Float64Array(worklogs.length);
  const worklogSeconds = new Float64Array(worklogs.length);
  const worklogAuthors = new Array<UserRef | null>(worklogs.length);
  worklogs.forEach((w, i) => {
    const where = `issues[${key}].fields.worklog.worklogs[${i}]`;
    worklogStarted[i] = instantAt(w, 'started', where);
    worklogAuthors[i] = authorAt(w, where);
    const spent = w['timeSpentSeconds'];
    worklogSeconds[i] = typeof spent === 'number' && Number.isFinite(spent) && spent > 0 ? spent : 0;
  });
  return { commentIds, commentCreated, commentAuthors, commentTexts, worklogStarted, worklogSeconds, worklogAuthors };
}
