import { intParam, jiraError, ok, type Route } from '../route';

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

/**
 * Jira's user search (`GET /rest/api/3/user/search`): users whose display name or email address
 * has a word starting with `query`, case-insensitive, as an array; `query` is required here
 * (the app never searches by property), `maxResults` at most 1,000 (Jira's documented cap).
 */
export const findUsers: Route = {
  operationId: 'findUsers',
  document: 'jira-platform',
  method: 'GET',
  template: '/rest/api/3/user/search',
  handle({ data, query }) {
    const q = (query.get('query') ?? '').trim().toLowerCase();
    if (q === '' && !query.get('accountId'))
      return jiraError(400, 'One of the query parameters query, accountId or property is required.');
    const startAt = intParam(query, 'startAt', 0);
    const maxResults = intParam(query, 'maxResults', 50, 1000);
    const words = (u: Record<string, unknown>) =>
      [u['displayName'], u['emailAddress']]
        .filter((v): v is string => typeof v === 'string')
        .flatMap((v) => [v.toLowerCase(), ...v.toLowerCase().split(/[\s@.]+/)]);
    const found = (data.users ?? []).filter((u) =>
      query.get('accountId') ? u.accountId === query.get('accountId') : words(u).some((w) => w.startsWith(q)),
    );
    return ok(found.slice(startAt, startAt + maxResults));
  },
};
