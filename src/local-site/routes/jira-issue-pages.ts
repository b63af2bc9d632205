import { intParam, jiraError, ok, type Route, type RouteContext } from '../route';

function findIssue({ data, params }: RouteContext) {
  return data.issues.find((i) => i.key === params.issueIdOrKey || i.id === params.issueIdOrKey);
}

export const getComments: Route = {
  operationId: 'getComments',
  document: 'jira-platform',
  method: 'GET',
  template: '/rest/api/3/issue/{issueIdOrKey}/comment',
  handle(ctx) {
    const issue = findIssue(ctx);
    if (!issue) return jiraError(404, 'Issue does not exist or you do not have permission to see it.');
    const all = (issue.fields.comment as { comments?: unknown[] } | undefined)?.comments ?? [];
    const startAt = intParam(ctx.query, 'startAt', 0);
    const maxResults = intParam(ctx.query, 'maxResults', 100, 100);
    return ok({ startAt, maxResults, total: all.length, comments: all.slice(startAt, startAt + maxResults) });
  },
};

export const getIssueWorklog: Route = {
  operationId: 'getIssueWorklog',
  document: 'jira-platform',
  method: 'GET',
  template: '/rest/api/3/issue/{issueIdOrKey}/worklog',
  handle(ctx) {
    const issue = findIssue(ctx);
    if (!issue) return jiraError(404, 'Issue does not exist or you do not have permission to see it.');
    const all = (issue.fields.worklog as { worklogs?: unknown[] } | undefined)?.worklogs ?? [];
    const startAt = intParam(ctx.query, 'startAt', 0);
    const maxResults = intParam(ctx.query, 'maxResults', 5000, 5000);
    return ok({ startAt, maxResults, total: all.length, worklogs: all.slice(startAt, startAt + maxResults) });
  },
};
