import { withQuery, type Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';

/** Account ids per call: keeps the query string well under URL limits. */
export const USER_BATCH = 100;

/**
 * Users (with time zones) by account id, any number of them: USER_BATCH ids a call (the query
 * string stays under URL limits), each answer paged to its end. Callers that want the batches
 * in parallel pass at most USER_BATCH ids per call themselves.
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-users/#api-rest-api-3-user-bulk-get
 */
export async function bulkUsers(api: Requester, accountIds: readonly string[]): Promise<unknown[]> {
  const users: unknown[] = [];
  for (let i = 0; i < accountIds.length; i += USER_BATCH)
    users.push(...(await usersOf(api, accountIds.slice(i, i + USER_BATCH))));
  return users;
}

async function usersOf(api: Requester, accountIds: readonly string[]): Promise<unknown[]> {
  const users: unknown[] = [];
  for (let startAt = 0; ;) {
    const page = await readShaped(
      api,
      z.object({
        values: z.array(z.object({ accountId: z.string() }).loose()).optional(),
        isLast: z.boolean().optional(),
      }),
      {
        product: 'jira',
        method: 'GET',
        path: withQuery('/rest/api/3/user/bulk', { accountId: accountIds, startAt, maxResults: accountIds.length }),
        purpose: `read ${accountIds.length} users`,
      },
    );
    const got = page.values ?? [];
    users.push(...got);
    startAt += got.length;
    if (page.isLast !== false || got.length === 0) return users;
  }
}
