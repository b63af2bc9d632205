import { z } from 'zod';
import type { Requester } from '../requester';
import { ApiError } from '../requester';
import { expectShape } from '../expect-shape';
import type { IssueBean } from './search-issues';

/** Jira answers at most 100 issues a bulk fetch. */
export const BULK_FETCH_BATCH = 100;

const RESULT = z.object({
  issues: z
    .array(z.object({ id: z.string(), key: z.string(), fields: z.record(z.string(), z.unknown()) }).loose())
    .optional(),
  issueErrors: z
    .array(z.object({ id: z.union([z.string(), z.number()]).optional(), errorMessage: z.string().optional() }).loose())
    .optional(),
});

/**
 * Up to 100 issues with their fields, comments and worklogs inline (as search returns them).
 * Ids Jira could not return for a retriable reason (`issueErrors`) are asked once more; those
 * still missing fail the call, so a walk is never silently short of issues.
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-bulkfetch-post
 */
export async function bulkFetchIssues(
  api: Requester,
  ids: readonly string[],
  fields: readonly string[],
  /** Each issue as it is read (e.g. slimmed), before the page is whole (read-response.ts). */
  each?: (issue: IssueBean) => IssueBean,
): Promise<IssueBean[]> {
  // A malformed element is left as it is, for the shape check to name.
  const keep = each
    ? (item: unknown): unknown =>
        item && typeof item === 'object' && typeof (item as { fields?: unknown }).fields === 'object'
          ? each(item as IssueBean)
          : item
    : undefined;
  const got: IssueBean[] = [];
  let ask = [...ids];
  for (let attempt = 1; ask.length > 0; attempt++) {
    const req = {
      product: 'jira' as const,
      method: 'POST' as const,
      path: '/rest/api/3/issue/bulkfetch',
      body: { issueIdsOrKeys: ask, fields },
      purpose: `read ${ask.length} issues`,
      idempotent: true,
      ...(keep ? { items: { key: 'issues', each: keep } } : {}),
    };
    const response = await api.request(req);
    if (keep && !response.itemsRead && response.json && typeof response.json === 'object') {
      const json = response.json as { issues?: unknown };
      if (Array.isArray(json.issues)) json.issues = json.issues.map(keep);
    }
    const page = expectShape(RESULT, response.json, req, response.status);
    got.push(...((page.issues ?? []) as IssueBean[]));
    const failed = (page.issueErrors ?? []).map((e) => String(e.id ?? '')).filter(Boolean);
    if (failed.length === 0) break;
    if (attempt >= 2)
      throw new ApiError(
        req,
        200,
        `Jira could not return ${failed.length} issue(s): ${(page.issueErrors ?? [])[0]?.errorMessage ?? 'no reason given'}`,
      );
    ask = failed;
  }
  return got;
}
