import type { Requester } from '../requester';
import { allStartAtPages } from './start-at-pages';

/**
 * All comments of an issue, 100 a page.
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-issue-issueidorkey-comment-get
 */
export function getAllComments(api: Requester, issueKey: string): Promise<unknown[]> {
  return allStartAtPages(
    api,
    `/rest/api/3/issue/${encodeURIComponent(issueKey)}/comment`,
    'comments',
    100,
    `read the comments of ${issueKey}`,
  );
}
