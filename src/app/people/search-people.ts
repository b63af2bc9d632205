import { bulkUsers } from '../../fetch/jira/bulk-users';
import { findUsers } from '../../fetch/jira/find-users';
import type { Requester } from '../../fetch/requester';
import type { PersonChoice } from './people-contract';

/** Display names of `ids` as the viewer sees them (unknown: the id itself). */
export async function namesOf(api: Requester, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => i !== null))];
  const users = (await bulkUsers(api, wanted)) as Array<{ accountId: string; displayName?: string }>;
  return new Map(users.map((u) => [u.accountId, u.displayName ?? u.accountId]));
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
