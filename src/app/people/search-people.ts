import { bulkUsers, USER_BATCH } from '../../fetch/jira/bulk-users';
import { findUsers } from '../../fetch/jira/find-users';
import type { Requester } from '../../fetch/requester';
import type { PersonChoice } from './people-contract';

/** Display names of `ids` as the viewer sees them (unknown: the id itself). */
export async function namesOf(api: Requester, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => i !== null))];
  const names = new Map<string, string>();
  for (let i = 0; i < wanted.length; i += USER_BATCH)
    for (const u of (await bulkUsers(api, wanted.slice(i, i + USER_BATCH))) as Array<{
      accountId: string;
      displayName?: string;
    }>)
      names.set(u.accountId, u.displayName ?? u.accountId);
  return names;
}

/**
 * What a person picker shows: the people `ids` names first (so a saved value shows a name,
 * and an unknown id shows as itself, for the form to flag), then the matches of `query`.
 */
export async function searchPeople(
  api: Requester,
  { query, ids }: { query?: string; ids?: string[] },
): Promise<PersonChoice[]> {
  const [names, found] = await Promise.all([
    ids?.length ? namesOf(api, ids) : new Map<string, string>(),
    query ? findUsers(api, query) : [],
  ]);
  const out = new Map<string, PersonChoice>();
  for (const id of ids ?? []) out.set(id, { accountId: id, displayName: names.get(id) ?? id });
  for (const u of found) if (!out.has(u.accountId)) out.set(u.accountId, u);
  return [...out.values()];
}
