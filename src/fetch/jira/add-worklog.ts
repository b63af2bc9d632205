import type { Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';
import type { AdfDoc } from './add-comment';

/**
 * Logs work on an issue as the requester's principal (in Forge, the user who clicked).
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-worklogs/#api-rest-api-3-issue-issueidorkey-worklog-post
 */
export async function addWorklog(
  api: Requester,
  issueKey: string,
  work: { timeSpentSeconds: number; started: string; comment: AdfDoc | null },
): Promise<{ id: string }> {
  // Not idempotent: a POST that may have landed is not sent again (the time would count twice).
  const json = await readShaped(api, z.object({ id: z.union([z.string(), z.number()]) }).loose(), {
    product: 'jira',
    method: 'POST',
    path: `/rest/api/3/issue/${encodeURIComponent(issueKey)}/worklog`,
    body: {
      timeSpentSeconds: work.timeSpentSeconds,
      started: work.started,
      ...(work.comment ? { comment: work.comment } : {}),
    },
    purpose: `log work on ${issueKey}`,
  });
  return { id: String(json.id) };
}
