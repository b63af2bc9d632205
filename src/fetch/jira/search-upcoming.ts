import { z } from 'zod';
import type { Requester } from '../requester';
import { expectShape } from '../expect-shape';
import type { IssueBean } from './search-issues';

const PAGE = 100;

/** What the `ready` check reads of an upcoming issue (checks-delivery.md), besides the story points field. */
export const UPCOMING_FIELDS = ['summary', 'status', 'issuetype', 'parent', 'description', 'assignee'];

const page = z.object({
  issues: z
    .array(z.object({ id: z.string(), key: z.string(), fields: z.record(z.string(), z.unknown()) }).loose())
    .optional(),
  nextPageToken: z.string().optional(),
  isLast: z.boolean().optional(),
});

/**
 * The issues of the next sprint (or the Ready column) with their descriptions, in rank order:
 * one enhanced-search call per 100, at most `max` issues.
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post
 */
export async function searchUpcoming(api: Requester, jql: string, fields: string[], max: number): Promise<IssueBean[]> {
  const out: IssueBean[] = [];
  let nextPageToken: string | undefined;
  while (out.length < max) {
    const req = {
      product: 'jira' as const,
      method: 'POST' as const,
      path: '/rest/api/3/search/jql',
      body: { jql, fields, maxResults: Math.min(PAGE, max - out.length), ...(nextPageToken ? { nextPageToken } : {}) },
      purpose: `read the upcoming issues (${jql})`,
      idempotent: true,
    };
    const json = expectShape(page, (await api.request(req)).json, req);
    out.push(...((json.issues ?? []) as IssueBean[]));
    if (json.isLast !== false || !json.nextPageToken) break;
    nextPageToken = json.nextPageToken;
  }
  return out.slice(0, max);
}
