import { adfProblem } from '../adf';
import { jiraError, type Route } from '../route';
import { APP_USER } from './jira-add-comment';

/** Appends the worklog to the served data set, authored by the caller, as Jira does. */
export const addWorklog: Route = {
  operationId: 'addWorklog',
  document: 'jira-platform',
  method: 'POST',
  template: '/rest/api/3/issue/{issueIdOrKey}/worklog',
  writes: true,
  handle({ data, params, body, caller, base, now }) {
    const issue = data.issues.find((i) => i.key === params.issueIdOrKey || i.id === params.issueIdOrKey);
    if (!issue) return jiraError(404, 'Issue does not exist or you do not have permission to see it.');
    const req = (body ?? {}) as { timeSpentSeconds?: unknown; started?: unknown; comment?: unknown };
    if (typeof req.timeSpentSeconds !== 'number' || req.timeSpentSeconds < 60)
      return jiraError(400, 'Worklog must not be null: timeLogged: You must indicate the time spent working.');
    if (typeof req.started !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{4}$/.test(req.started))
      return jiraError(400, 'started: Invalid date format. Use yyyy-MM-ddTHH:mm:ss.SSSZ.');
    if (req.comment !== undefined) {
      const problem = adfProblem(req.comment);
      if (problem) return jiraError(400, `INVALID_INPUT: the comment is not valid ADF (${problem})`);
    }
    const author = caller === null ? APP_USER : data.users?.find((u) => u.accountId === caller);
    if (!author) return jiraError(401, 'Client must be authenticated to access this resource.');
    const page = (issue.fields.worklog ??= { worklogs: [], maxResults: 0, total: 0, startAt: 0 }) as {
      worklogs: unknown[];
      maxResults: number;
      total: number;
    };
    const id = String(70000 + page.worklogs.length + Number(issue.id));
    const at = now().toISOString().replace('Z', '+0000');
    const hours = Math.floor(req.timeSpentSeconds / 3600);
    const minutes = Math.round((req.timeSpentSeconds % 3600) / 60);
    const worklog = {
      self: `${base}/rest/api/3/issue/${issue.id}/worklog/${id}`,
      author,
      updateAuthor: author,
      ...(req.comment !== undefined ? { comment: req.comment } : {}),
      created: at,
      updated: at,
      started: req.started,
      timeSpent: [hours ? `${hours}h` : '', minutes ? `${minutes}m` : ''].filter(Boolean).join(' '),
      timeSpentSeconds: req.timeSpentSeconds,
      id,
      issueId: issue.id,
    };
    page.worklogs.push(worklog);
    page.total = page.worklogs.length;
    page.maxResults = page.worklogs.length;
    return { status: 201, json: worklog };
  },
};
