import pLimit from 'p-limit';
import { KEYS_PAGE, searchIssueKeys } from '../../fetch/jira/search-issue-keys';
import { BULK_FETCH_BATCH, bulkFetchIssues } from '../../fetch/jira/bulk-fetch-issues';
import type { Requester } from '../../fetch/requester';
import { chunks } from '../../core/chunks';

/** The issue keys a viewer may see now (see visibility.ts for what is cut by them). */
export type Visible = ReadonlySet<string>;

/** Bulk fetches at once when the viewer's keys are asked by name (as a walk's bulk pages go). */
const BULK_IN_FLIGHT = 10;

/**
 * The keys of the project's issues the requester (the viewer, asUser) may see now, and of the
 * other projects' issues among `others` (cross-team blockers) that they may see: those by bulk
 * fetch, which leaves out what the viewer may not see instead of failing as JQL `key in` does.
 */
export async function visibleKeys(api: Requester, project: string, others: readonly string[] = []): Promise<Visible> {
  const keys = new Set((await searchIssueKeys(api, `project = "${project}"`)).map((i) => i.key));
  const foreign = [...new Set(others)].filter((k) => !k.startsWith(`${project}-`));
  for (const key of await bulkVisible(api, foreign)) keys.add(key);
  return keys;
}

/**
 * Which of the `named` keys the requester may see now, the quicker of two ways: a bulk fetch of
 * just those keys (100 a call, BULK_IN_FLIGHT calls at once), or the project's ids-only search
 * (5,000 keys a page, each page after the last). A screen that names a few thousand issues of a
 * 50,000-issue project takes 7 rounds of bulk fetches instead of 10 search pages, and its time no
 * longer grows with the project. `projectIssues` is how many issues the project holds at least
 * (the stored walk's): too low a guess only keeps the search.
 */
export async function visibleAmong(
  api: Requester,
  project: string,
  named: Iterable<string>,
  projectIssues: number,
): Promise<Visible> {
  const keys = [...new Set(named)];
  const bulkRounds = Math.ceil(Math.ceil(keys.length / BULK_FETCH_BATCH) / BULK_IN_FLIGHT);
  const searchPages = Math.max(1, Math.ceil(projectIssues / KEYS_PAGE));
  if (bulkRounds >= searchPages) return visibleKeys(api, project, keys);
  return new Set(await bulkVisible(api, keys));
}

/** The keys among `keys` the requester may see: Jira's bulk fetch leaves out the others. */
async function bulkVisible(api: Requester, keys: readonly string[]): Promise<string[]> {
  const limit = pLimit(BULK_IN_FLIGHT);
  const found = await Promise.all(
    chunks(keys, BULK_FETCH_BATCH).map((batch) =>
      limit(async () => (await bulkFetchIssues(api, batch, ['key'])).map((i) => i.key)),
    ),
  );
  return found.flat();
}
