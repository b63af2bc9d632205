import type { Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';

/** Jira takes at most 1,000 issues per bulk changelog request. */
export const CHANGELOG_BATCH = 1000;
const PAGE = 10000;
const PAGE_SHAPE = z.object({
  issueChangeLogs: z.array(z.object({ issueId: z.string(), changeHistories: z.array(z.unknown()) }).loose()).optional(),
  nextPageToken: z.string().nullish(),
});

export interface IssueChangeLog {
  issueId: string;
  changeHistories: unknown[];
}

/**
 * The changelogs of up to 1,000 issues, page by page with `nextPageToken`; `keep` (slim reads)
 * reduces each history as its page arrives.
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-changelog-bulkfetch-post
 */
export async function bulkChangelogs(
  api: Requester,
  issueIds: readonly string[],
  keep: (history: Record<string, unknown>) => unknown = (h) => h,
): Promise<IssueChangeLog[]> {
  const byIssue = new Map<string, unknown[]>();
  let nextPageToken: string | undefined;
  for (;;) {
    const page = await readShaped(api, PAGE_SHAPE, {
      product: 'jira',
      method: 'POST',
      path: '/rest/api/3/changelog/bulkfetch',
      body: { issueIdsOrKeys: issueIds, maxResults: PAGE, ...(nextPageToken ? { nextPageToken } : {}) },
      purpose: `read the changelogs of ${issueIds.length} issues`,
      idempotent: true,
    });
    for (const log of page.issueChangeLogs ?? []) {
      const histories = log.changeHistories.map((h) =>
        h !== null && typeof h === 'object' ? keep(h as Record<string, unknown>) : h,
      );
      byIssue.set(log.issueId, [...(byIssue.get(log.issueId) ?? []), ...histories]);
    }
    if (!page.nextPageToken) break;
    nextPageToken = page.nextPageToken;
  }
  return [...byIssue].map(([issueId, changeHistories]) => ({ issueId, changeHistories }));
}
