import type { Requester } from '../requester';

/**
 * Display names of Confluence users, in one call.
 * @see https://developer.atlassian.com/cloud/confluence/rest/v2/api-group-user/#api-users-bulk-post
 */
export async function userNames(api: Requester, accountIds: readonly string[]): Promise<Map<string, string>> {
  if (accountIds.length === 0) return new Map();
  const { json } = await api.request({ product: 'confluence', method: 'POST', path: '/wiki/api/v2/users-bulk', body: { accountIds }, purpose: 'read the authors of the updates' });
  return new Map(((json as { results?: Array<{ accountId: string; displayName?: string }> }).results ?? []).map((u) => [u.accountId, u.displayName ?? u.accountId]));
}
