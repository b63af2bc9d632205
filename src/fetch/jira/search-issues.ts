import type { Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';

/** Jira answers at most 100 issues a page when comments and worklogs are requested. */
export const SEARCH_PAGE_SIZE = 100;

/** The fields a walk reads (snapshot.md), plus the site's custom field ids. */
export const BASE_FIELDS = ['summary', 'status', 'assignee', 'issuetype', 'parent', 'labels', 'issuelinks', 'priority', 'fixVersions', 'created', 'updated', 'comment', 'worklog'];

export type IssueBean = Record<string, unknown> & { id: string; key: string; fields: Record<string, unknown> };

/** The page's frame; the issues' fields are validated whole by the snapshot schema. */
const PAGE = z.object({
  issues: z.array(z.object({ id: z.string(), key: z.string(), fields: z.record(z.string(), z.unknown()) }).loose()).optional(),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});

/**
 * Every issue of a JQL query, page by page with `nextPageToken` until `isLast`.
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post
 */
export async function searchIssues(api: Requester, jql: string, fields: string[], onPage?: (count: number) => void): Promise<IssueBean[]> {
  const issues: IssueBean[] = [];
  let nextPageToken: string | undefined;
  for (;;) {
    const page = await readShaped(api, PAGE, {
      product: 'jira',
      method: 'POST',
      path: '/rest/api/3/search/jql',
      body: { jql, fields, maxResults: SEARCH_PAGE_SIZE, ...(nextPageToken ? { nextPageToken } : {}) },
      purpose: `search the issues (${jql})`,
      idempotent: true,
    });
    issues.push(...(page.issues ?? []));
    onPage?.(issues.length);
    if (page.isLast !== false || !page.nextPageToken) return issues;
    nextPageToken = page.nextPageToken;
  }
}
