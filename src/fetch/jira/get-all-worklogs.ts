import type { Requester } from '../requester';
import { allStartAtPages } from './start-at-pages';

/**
 * All worklogs of an issue (Jira serves up to 5,000 a page).
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-worklogs/#api-rest-api-3-issue-issueidorkey-worklog-get
 */
export function getAllWorklogs(api: Requester, issueKey: string): Promise<unknown[]> {
  return allStartAtPages(
    api,
    `/rest/api/3/issue/${encodeURIComponent(issueKey)}/worklog`,
    'worklogs',
    5000,
    `read the worklogs of ${issueKey}`,
  );
}
