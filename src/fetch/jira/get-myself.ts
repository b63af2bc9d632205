import type { Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';

/**
 * The requester's principal: in Forge, the signed-in user (for "ticked by").
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-myself/#api-rest-api-3-myself-get
 */
export async function getMyself(api: Requester): Promise<{ accountId: string; displayName: string }> {
  const me = await readShaped(api, z.object({ accountId: z.string(), displayName: z.string().optional() }).loose(), {
    product: 'jira',
    method: 'GET',
    path: '/rest/api/3/myself',
    purpose: 'read the signed-in user',
  });
  return { accountId: me.accountId, displayName: me.displayName ?? me.accountId };
}
