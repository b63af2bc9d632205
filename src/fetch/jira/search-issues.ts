import type { Requester } from '../requester';

/** Jira answers at most 100 issues a page when comments and worklogs are requested. */
export const SEARCH_PAGE_SIZE = 100;

/** The fields a walk reads (snapshot.md), plus the site's custom field ids. */
export const BASE_FIELDS = ['summary', 'status', 'assignee', 'issuetype', 'parent', 'labels', 'issuelinks', 'priority', 'fixVersions', 'created', 'updated', 'comment', 'worklog'];

export type IssueBean = Record<string, unknown> & { id: string; key: string; fields: Record<string, unknown> };

/**
 * Every issue of a JQL query, page by page with `nextPageToken` until `isLast`.
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post
 */
export async function searchIssues(api: Requester, jql: string, fields: string[], onPage?: (count: number) => void): Promise<IssueBean[]> {
  const issues: IssueBean[] = [];
  let nextPageToken: string | undefined;
  for (;;) {
    const { json } = await api.request({
      product: 'jira',
      method: 'POST',
      path: '/rest/api/3/search/jql',
      body: { jql, fields, maxResults: SEARCH_PAGE_SIZE, ...(nextPageToken ? { nextPageToken } : {}) },
      purpose: `search the issues (${jql})`,
    });
    const page = json as { issues?: IssueBean[]; nextPageToken?: string; isLast?: boolean };
    issues.push(...(page.issues ?? []));
    onPage?.(issues.length);
    if (page.isLast !== false || !page.nextPageToken) return issues;
    nextPageToken = page.nextPageToken;
  }
}
