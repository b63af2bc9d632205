import { adfToText } from '../core/adf';
import type { IssueBean } from './jira/search-issues';
import { issueActivity, type Activity } from '../snapshot/activity';

type Json = Record<string, unknown>;

/** Keys no check or report reads: links back to Jira and pictures. */
const UNREAD = new Set(['self', 'iconUrl', 'avatarUrls', 'avatarId']);
/** Fields whose values recur across issues: one shared copy each. */
const SHARED = new Set(['status', 'issuetype', 'priority', 'parent']);

/**
 * An issue as the walk reads it, still in Jira's shapes (snapshot.md): comments keep id,
 * author, body and times; worklogs id, author, start and time spent; changelog histories id,
 * author, time and items; every person is one shared `{ accountId, displayName, accountType,
 * active }` object however often they appear, and a status, issue type, priority or parent is
 * one shared object per distinct value (an epic's hundred children hold one parent).
 * What is dropped (self links, icon and avatar URLs, e-mail addresses, `updateAuthor`, a
 * worklog's own comment) is never read by a check; it was three quarters of a fetched sprint's
 * memory. Applied to each page as it arrives, so the raw answers do not pile up. Shared objects
 * are never written to: the walk and the reports only read the snapshot.
 */
export class IssueSlimmer {
  private readonly people = new Map<string, Json>();
  private readonly references = new Map<string, unknown>();

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
    const fields: Json = {};
    const comment = f.comment as (Json & { comments?: Json[] }) | undefined;
    const worklog = f.worklog as (Json & { worklogs?: Json[] }) | undefined;
    for (const [k, v] of Object.entries(f)) {
      if ((k === 'comment' && comment?.comments) || (k === 'worklog' && worklog?.worklogs)) continue; // below
      if (k === 'assignee') fields[k] = this.person(v);
      else if (k === 'fixVersions' && Array.isArray(v)) fields[k] = v.map((x) => this.reference(x));
      else if (SHARED.has(k) && v) fields[k] = this.reference(v);
      else fields[k] = withoutUnread(v);
    }
    if (comment?.comments) {
      fields.comment = {
        ...pick(comment, ['total', 'maxResults', 'startAt']),
        comments: comment.comments.map((c) => this.comment(c)),
      };
    }
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

  /**
   * Moves a complete issue's comments and worklogs into `activity` (the walk's compact form,
   * snapshot/activity.ts) and returns the issue without them: its lists are left empty, so
   * nothing of the page's objects outlives the page. Only for a walk that is not saved.
   */
  compact(issue: IssueBean, activity: Activity, textsSince?: number): IssueBean {
    const f = issue.fields;
    const comments = (f.comment as { comments?: Json[] } | undefined)?.comments ?? [];
    const worklogs = (f.worklog as { worklogs?: Json[] } | undefined)?.worklogs ?? [];
    activity.set(issue.id, issueActivity(issue.key, comments, worklogs, adfToText, textsSince));
    return { ...issue, fields: { ...f, comment: { comments: [] }, worklog: { worklogs: [] } } };
  }

  /** A changelog history: its author shared, its items as Jira gives them. */
  history(h: Json): Json {
    return { ...pick(h, ['id', 'created', 'items']), author: this.person(h.author) };
  }

  /** One shared copy per distinct value, without what nobody reads. */
  private reference(value: unknown): unknown {
    const kept = withoutUnread(value);
    const key = JSON.stringify(kept);
    const known = this.references.get(key);
    if (known !== undefined) return known;
    this.references.set(key, kept);
    return kept;
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

function withoutUnread(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUnread);
  if (value === null || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) if (!UNREAD.has(k)) out[k] = withoutUnread(v);
  return out;
}
