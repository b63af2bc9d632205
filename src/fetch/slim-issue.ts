import { adfToText } from '../core/adf';
import type { IssueBean } from './jira/search-issues';

type Json = Record<string, unknown>;

/**
 * An issue as the walk reads it, still in Jira's shapes (snapshot.md): comments keep id,
 * author, body and times; worklogs id, author, start and time spent; every person is one
 * shared `{ accountId, displayName, accountType, active }` object however often they appear.
 * What is dropped (self links, avatar URLs, e-mail addresses, `updateAuthor`, a worklog's own
 * comment) is never read by a check; it was three quarters of a fetched sprint's memory.
 * Applied to each page as it arrives, so the raw answers do not pile up.
 */
export class IssueSlimmer {
  private readonly people = new Map<string, Json>();

  /** With `flattenBodies`, a comment's ADF body becomes its plain text (checks.md's rule, the only thing a check reads of it). */
  constructor(private readonly o: { flattenBodies?: boolean } = {}) {}

  person(user: unknown): Json | null | undefined {
    if (user === null || user === undefined) return user;
    const u = user as Json;
    const id = u.accountId;
    if (typeof id !== 'string') return u;
    let shared = this.people.get(id);
    if (!shared) {
      shared = { accountId: id };
      for (const k of ['displayName', 'accountType', 'active'] as const) if (u[k] !== undefined) shared[k] = u[k];
      this.people.set(id, shared);
    }
    return shared;
  }

  issue(issue: IssueBean): IssueBean {
    const f = issue.fields;
    const fields: Json = { ...f };
    if ('assignee' in f) fields.assignee = this.person(f.assignee);
    const comment = f.comment as (Json & { comments?: Json[] }) | undefined;
    if (comment?.comments) {
      fields.comment = {
        ...pick(comment, ['total', 'maxResults', 'startAt']),
        comments: comment.comments.map((c) => this.comment(c)),
      };
    }
    const worklog = f.worklog as (Json & { worklogs?: Json[] }) | undefined;
    if (worklog?.worklogs) {
      fields.worklog = {
        ...pick(worklog, ['total', 'maxResults', 'startAt']),
        worklogs: worklog.worklogs.map((w) => this.worklog(w)),
      };
    }
    return { id: issue.id, key: issue.key, fields };
  }

  comment(c: Json): Json {
    const out: Json = { ...pick(c, ['id', 'body', 'created', 'updated']), author: this.person(c.author) };
    if (this.o.flattenBodies && out.body !== undefined) out.body = adfToText(out.body);
    return out;
  }

  worklog(w: Json): Json {
    return { ...pick(w, ['id', 'started', 'timeSpentSeconds', 'created', 'updated']), author: this.person(w.author) };
  }
}

function pick(o: Json, keys: readonly string[]): Json {
  const out: Json = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
