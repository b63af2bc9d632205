import type { Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';

/**
 * Posts a comment (ADF body) as the requester's principal: in Forge, the user who clicked.
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-issue-issueidorkey-comment-post
 */
export async function addComment(
  api: Requester,
  issueKey: string,
  paragraphs: readonly string[],
): Promise<{ id: string }> {
  return addCommentDoc(api, issueKey, {
    type: 'doc',
    version: 1,
    content: paragraphs.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })),
  });
}

/** An ADF document (https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/). */
export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: unknown[];
}

/** Posts a comment whose body is the given ADF document (mentions, marks). */
export async function addCommentDoc(api: Requester, issueKey: string, body: AdfDoc): Promise<{ id: string }> {
  // Not idempotent: a POST that may have landed is not sent again (two comments otherwise).
  const json = await readShaped(api, z.object({ id: z.union([z.string(), z.number()]) }).loose(), {
    product: 'jira',
    method: 'POST',
    path: `/rest/api/3/issue/${encodeURIComponent(issueKey)}/comment`,
    body: { body },
    purpose: `comment on ${issueKey}`,
  });
  return { id: String(json.id) };
}
