import { z } from 'zod';
import type { Requester } from '../requester';
import { expectShape } from '../expect-shape';

/** Jira answers up to 5,000 issues a page when only `id` or `key` is asked for. */
export const KEYS_PAGE = 5000;

const page = z.object({
  issues: z
    .array(
      z
        .object({
          id: z.string(),
          key: z.string(),
          fields: z
            .object({ assignee: z.object({ accountId: z.string() }).nullish() })
            .loose()
            .optional(),
        })
        .loose(),
    )
    .optional(),
  nextPageToken: z.string().optional(),
  isLast: z.boolean().optional(),
});

export interface IssueRef {
  id: string;
  key: string;
  /** Set only when `withAssignee` was asked. */
  assignee?: string | null;
}

/**
 * The keys of the issues a JQL query finds, as the caller may see them: one call per 5,000
 * issues (per 100 when the assignee is asked too).
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post
 */
export async function searchIssueKeys(
  api: Requester,
  jql: string,
  withAssignee = false,
  onPage?: (count: number) => void,
  /** Each page's issues as it arrives (a caller starts on them before the search ends). */
  onRefs?: (refs: readonly IssueRef[]) => void,
): Promise<IssueRef[]> {
  const out: IssueRef[] = [];
  let nextPageToken: string | undefined;
  for (;;) {
    const req = {
      product: 'jira' as const,
      method: 'POST' as const,
      path: '/rest/api/3/search/jql',
      body: {
        jql,
        fields: withAssignee ? ['assignee'] : ['key'],
        maxResults: withAssignee ? 100 : KEYS_PAGE,
        ...(nextPageToken ? { nextPageToken } : {}),
      },
      purpose: `find the issues you can see (${jql})`,
      idempotent: true,
    };
    const json = expectShape(page, (await api.request(req)).json, req);
    const refs = (json.issues ?? []).map((i): IssueRef =>
      withAssignee
        ? { id: i.id, key: i.key, assignee: i.fields?.assignee?.accountId ?? null }
        : { id: i.id, key: i.key },
    );
    out.push(...refs);
    onRefs?.(refs);
    onPage?.(out.length);
    if (json.isLast !== false || !json.nextPageToken) return out;
    nextPageToken = json.nextPageToken;
  }
}
