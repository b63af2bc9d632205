import { z } from 'zod';
import { withQuery, type Requester } from '../requester';
import { readShaped } from '../expect-shape';

export interface FoundUser {
  accountId: string;
  displayName: string;
}

const userSchema = z
  .object({
    accountId: z.string(),
    accountType: z.string().optional(),
    displayName: z.string().optional(),
    active: z.boolean().optional(),
  })
  .loose();

/**
 * People whose name or email starts with `query`, as the caller may see them (Jira answers as
 * the user, and hides what the caller may not browse). Only active people with an Atlassian
 * account: apps and customers own no risk and receive no digest.
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-user-search/#api-rest-api-3-user-search-get
 */
export async function findUsers(api: Requester, query: string, max = 20): Promise<FoundUser[]> {
  const users = await readShaped(api, z.array(userSchema), {
    product: 'jira',
    method: 'GET',
    path: withQuery('/rest/api/3/user/search', { query, maxResults: max }),
    purpose: 'search people by name',
  });
  return users
    .filter((u) => u.active !== false && (u.accountType ?? 'atlassian') === 'atlassian')
    .map((u) => ({ accountId: u.accountId, displayName: u.displayName ?? u.accountId }));
}
