import { jiraError, ok, type Route } from '../route';

export const getCurrentUser: Route = {
  operationId: 'getCurrentUser',
  document: 'jira-platform',
  method: 'GET',
  template: '/rest/api/3/myself',
  handle({ data, caller }) {
    const me = data.users?.find((u) => u.accountId === caller);
    return me ? ok(me) : jiraError(401, 'Client must be authenticated to access this resource.');
  },
};
