import type { Requester } from '../requester';

/**
 * The requester's principal: in Forge, the signed-in user (for "ticked by").
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-myself/#api-rest-api-3-myself-get
 */
export async function getMyself(api: Requester): Promise<{ accountId: string; displayName: string }> {
  const { json } = await api.request({ product: 'jira', method: 'GET', path: '/rest/api/3/myself', purpose: 'read the signed-in user' });
  const me = json as { accountId: string; displayName?: string };
  return { accountId: me.accountId, displayName: me.displayName ?? me.accountId };
}
