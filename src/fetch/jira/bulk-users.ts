import { withQuery, type Requester } from '../requester';

/** Account ids per call: keeps the query string well under URL limits. */
export const USER_BATCH = 100;

/**
 * Users (with time zones) by account id.
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-users/#api-rest-api-3-user-bulk-get
 */
export async function bulkUsers(api: Requester, accountIds: readonly string[]): Promise<unknown[]> {
  const users: unknown[] = [];
  for (let startAt = 0; ; ) {
    const { json } = await api.request({
      product: 'jira',
      method: 'GET',
      path: withQuery('/rest/api/3/user/bulk', { accountId: accountIds, startAt, maxResults: accountIds.length }),
      purpose: `read ${accountIds.length} users`,
    });
    const page = json as { values?: unknown[]; isLast?: boolean };
    const got = page.values ?? [];
    users.push(...got);
    startAt += got.length;
    if (page.isLast !== false || got.length === 0) return users;
  }
}
