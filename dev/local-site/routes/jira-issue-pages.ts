import { intParam, jiraError, ok, type Route, type RouteContext } from '../route';

/** A `startAt` page of an issue's comments or worklogs, as Jira pages them. */
function issuePage(ctx: RouteContext, field: 'comment' | 'worklog', list: 'comments' | 'worklogs', max: number) {
  const issue = ctx.data.issues.find((i) => i.key === ctx.params.issueIdOrKey || i.id === ctx.params.issueIdOrKey);
  if (!issue) return jiraError(404, 'Issue does not exist or you do not have permission to see it.');
  const all = (issue.fields[field] as Partial<Record<typeof list, unknown[]>> | undefined)?.[list] ?? [];
  const startAt = intParam(ctx.query, 'startAt', 0);
  const maxResults = intParam(ctx.query, 'maxResults', max, max);
  return ok({ startAt, maxResults, total: all.length, [list]: all.slice(startAt, startAt + maxResults) });
}

export const getComments: Route = {
  operationId: 'getComments',
  document: 'jira-platform',
  method: 'GET',
  template: '/rest/api/3/issue/{issueIdOrKey}/comment',
  handle: (ctx) => issuePage(ctx, 'comment', 'comments', 100),
};

export const getIssueWorklog: Route = {
  operationId: 'getIssueWorklog',
  document: 'jira-platform',
  method: 'GET',
  template: '/rest/api/3/issue/{issueIdOrKey}/worklog',
  handle: (ctx) => issuePage(ctx, 'worklog', 'worklogs', 5000),
};
