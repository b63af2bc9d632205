import type { Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';

/**
 * Display names of Confluence users, in one call.
 * @see https://developer.atlassian.com/cloud/confluence/rest/v2/api-group-user/#api-users-bulk-post
 */
export async function userNames(api: Requester, accountIds: readonly string[]): Promise<Map<string, string>> {
  if (accountIds.length === 0) return new Map();
  const json = await readShaped(
    api,
    z.object({
      results: z.array(z.object({ accountId: z.string(), displayName: z.string().optional() }).loose()).optional(),
    }),
    {
      product: 'confluence',
      method: 'POST',
      path: '/wiki/api/v2/users-bulk',
      body: { accountIds },
      purpose: 'read the authors of the updates',
      idempotent: true,
    },
  );
  return new Map((json.results ?? []).map((u) => [u.accountId, u.displayName ?? u.accountId]));
}
