import { withQuery, type Requester } from '../requester';

const PAGE = 100;

/**
 * All comments of an issue, by `startAt`/`total` pages.
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-issue-issueidorkey-comment-get
 */
export async function getAllComments(api: Requester, issueKey: string): Promise<unknown[]> {
  const comments: unknown[] = [];
  for (let startAt = 0; ; ) {
    const { json } = await api.request({
      product: 'jira',
      method: 'GET',
      path: withQuery(`/rest/api/3/issue/${encodeURIComponent(issueKey)}/comment`, { startAt, maxResults: PAGE }),
      purpose: `read the comments of ${issueKey}`,
    });
    const page = json as { comments?: unknown[]; total?: number };
    const got = page.comments ?? [];
    comments.push(...got);
    startAt += got.length;
    if (got.length === 0 || startAt >= (page.total ?? 0)) return comments;
  }
}
