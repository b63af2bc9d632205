import { withQuery, type Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';

const CLOSED = z
  .object({
    id: z.number(),
    name: z.string(),
    startDate: z.string().optional(),
    endDate: z.string().optional(),
    completeDate: z.string().optional(),
    originBoardId: z.number().optional(),
  })
  .loose();
export type ClosedSprintBean = z.infer<typeof CLOSED>;

const PAGE = z.object({ values: z.array(CLOSED).optional(), isLast: z.boolean().optional() });
const PAGE_SIZE = 50;

/**
 * The board's closed sprints, page by page (Jira lists them oldest first).
 * @see https://developer.atlassian.com/cloud/jira/software/rest/api-group-board/#api-rest-agile-1-0-board-boardid-sprint-get
 */
export async function getClosedSprints(api: Requester, boardId: number): Promise<ClosedSprintBean[]> {
  const sprints: ClosedSprintBean[] = [];
  for (let startAt = 0; ; startAt += PAGE_SIZE) {
    const page = await readShaped(api, PAGE, {
      product: 'jira',
      method: 'GET',
      path: withQuery(`/rest/agile/1.0/board/${boardId}/sprint`, { state: 'closed', startAt, maxResults: PAGE_SIZE }),
      purpose: `read the closed sprints of board ${boardId}`,
    });
    const values = page.values ?? [];
    sprints.push(...values);
    if (page.isLast !== false || values.length === 0) break;
  }
  return sprints;
}
