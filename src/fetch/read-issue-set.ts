import pLimit from 'p-limit';
import type { Requester } from './requester';
import { chunks } from '../core/chunks';
import { searchIssueKeys } from './jira/search-issue-keys';
import { BULK_FETCH_BATCH, bulkFetchIssues } from './jira/bulk-fetch-issues';
import { CHANGELOG_BATCH, bulkChangelogs, type IssueChangeLog } from './jira/bulk-changelogs';
import type { IssueBean } from './jira/search-issues';

/** What sprint reporting reads of an issue besides the site's story points and Sprint fields. */
export const REPORTING_FIELDS = ['summary', 'status', 'issuetype', 'parent', 'created', 'updated'];

export interface IssueSet {
  issues: IssueBean[];
  changelogs: IssueChangeLog[];
}

/**
 * The issues a JQL query finds, with a few fields and their changelogs, in the batched reads:
 * one search per 5,000 ids, a bulk fetch per 100 issues, a changelog read per 1,000. `skip`:
 * ids already read (the walk's own issues).
 */
export async function readIssueSet(
  api: Requester,
  jql: string,
  fields: readonly string[],
  o: { skip?: ReadonlySet<string>; concurrency?: number; withChangelogs?: boolean } = {},
): Promise<IssueSet> {
  const limit = pLimit(o.concurrency ?? 6);
  const ids = (await searchIssueKeys(api, jql)).map((r) => r.id).filter((id) => !o.skip?.has(id));
  if (ids.length === 0) return { issues: [], changelogs: [] };
  const [pages, logs] = await Promise.all([
    Promise.all(chunks(ids, BULK_FETCH_BATCH).map((b) => limit(() => bulkFetchIssues(api, b, fields)))),
    o.withChangelogs === false
      ? Promise.resolve([])
      : Promise.all(chunks(ids, CHANGELOG_BATCH).map((b) => limit(() => bulkChangelogs(api, b)))),
  ]);
  return { issues: pages.flat(), changelogs: logs.flat() };
}
