import { withQuery, type Requester } from '../requester';

const PAGE = 5000;

/**
 * All worklogs of an issue, by `startAt`/`total` pages (Jira serves up to 5,000 a page).
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-worklogs/#api-rest-api-3-issue-issueidorkey-worklog-get
 */
export async function getAllWorklogs(api: Requester, issueKey: string): Promise<unknown[]> {
  const worklogs: unknown[] = [];
  for (let startAt = 0; ; ) {
    const { json } = await api.request({
      product: 'jira',
      method: 'GET',
      path: withQuery(`/rest/api/3/issue/${encodeURIComponent(issueKey)}/worklog`, { startAt, maxResults: PAGE }),
      purpose: `read the worklogs of ${issueKey}`,
    });
    const page = json as { worklogs?: unknown[]; total?: number };
    const got = page.worklogs ?? [];
    worklogs.push(...got);
    startAt += got.length;
    if (got.length === 0 || startAt >= (page.total ?? 0)) return worklogs;
  }
}
