import type { Requester } from './requester';
import type { IssueSlimmer } from './slim-issue';
import type { IssueBean } from './jira/search-issues';
import { getAllComments } from './jira/get-all-comments';
import { getAllWorklogs } from './jira/get-all-worklogs';
import type { Activity } from '../snapshot/activity';

/** The issue with its inline comment and worklog pages completed where they hold fewer than `total` (a new object; the read one is left as it is). */
export async function completeIssue(api: Requester, issue: IssueBean, slim: IssueSlimmer | null): Promise<IssueBean> {
  const fields = { ...issue.fields };
  const comment = fields.comment as { comments?: unknown[]; total?: number; maxResults?: number } | undefined;
  if (comment?.comments && comment.total !== undefined && comment.comments.length < comment.total) {
    const read = await getAllComments(api, issue.key);
    const all = slim ? read.map((c) => slim.comment(c as Record<string, unknown>)) : read;
    fields.comment = { ...comment, comments: all, maxResults: all.length, total: all.length, startAt: 0 };
  }
  const worklog = fields.worklog as { worklogs?: unknown[]; total?: number; maxResults?: number } | undefined;
  if (worklog?.worklogs && worklog.total !== undefined && worklog.worklogs.length < worklog.total) {
    const read = await getAllWorklogs(api, issue.key);
    const all = slim ? read.map((w) => slim.worklog(w as Record<string, unknown>)) : read;
    fields.worklog = { ...worklog, worklogs: all, maxResults: all.length, total: all.length, startAt: 0 };
  }
  return fields.comment === issue.fields.comment && fields.worklog === issue.fields.worklog
    ? issue
    : { ...issue, fields };
}

/** People whose time zones the walk needs: assignees and the authors of comments and worklogs. */
export function referencedAccounts(issue: IssueBean, activity: Activity | null): string[] {
  const ids: string[] = [];
  const add = (user: unknown) => {
    const id = (user as { accountId?: unknown } | null | undefined)?.accountId;
    if (typeof id === 'string') ids.push(id);
  };
  add(issue.fields.assignee);
  for (const c of (issue.fields.comment as { comments?: Array<{ author?: unknown }> } | undefined)?.comments ?? [])
    add(c.author);
  for (const w of (issue.fields.worklog as { worklogs?: Array<{ author?: unknown }> } | undefined)?.worklogs ?? [])
    add(w.author);
  const compact = activity?.get(issue.id);
  for (const a of compact?.commentAuthors ?? []) add(a);
  for (const a of compact?.worklogAuthors ?? []) add(a);
  return ids;
}
