import { adfProblem } from '../adf';
import { jiraError, type Route } from '../route';

/** The app's own account, the author of what it posts as the app. */
export const APP_USER = { accountId: 'focus-walk-app', displayName: 'Focus Walk', accountType: 'app', active: true };

/** Appends the comment to the served data set, authored by the caller, as Jira does. */
export const addComment: Route = {
  operationId: 'addComment',
  document: 'jira-platform',
  method: 'POST',
  template: '/rest/api/3/issue/{issueIdOrKey}/comment',
  writes: true,
  handle({ data, params, body, caller, base, now }) {
    const issue = data.issues.find((i) => i.key === params.issueIdOrKey || i.id === params.issueIdOrKey);
    if (!issue) return jiraError(404, 'Issue does not exist or you do not have permission to see it.');
    const adf = (body as { body?: unknown } | undefined)?.body;
    if (!adf || typeof adf !== 'object') return jiraError(400, 'Comment body can not be empty!');
    const problem = adfProblem(adf);
    if (problem) return jiraError(400, `INVALID_INPUT: the comment body is not valid ADF (${problem})`);
    // Without a user (Forge's asApp) the app is the author, as on a site.
    const author = caller === null ? APP_USER : data.users?.find((u) => u.accountId === caller);
    if (!author) return jiraError(401, 'Client must be authenticated to access this resource.');
    const page = (issue.fields.comment ??= { comments: [], maxResults: 0, total: 0, startAt: 0 }) as {
      comments: unknown[];
      maxResults: number;
      total: number;
    };
    const id = String(90000 + page.comments.length + Number(issue.id));
    const created = now().toISOString().replace('Z', '+0000');
    const comment = {
      self: `${base}/rest/api/3/issue/${issue.id}/comment/${id}`,
      id,
      author,
      body: adf,
      updateAuthor: author,
      created,
      updated: created,
      jsdPublic: true,
    };
    page.comments.push(comment);
    page.total = page.comments.length;
    page.maxResults = page.comments.length;
    return { status: 201, json: comment };
  },
};
