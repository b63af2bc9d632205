import { ApiError, withQuery, type Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';

/** @see https://developer.atlassian.com/cloud/jira/software/rest/api-group-board/#api-rest-agile-1-0-board-boardid-sprint-get */
export type Sprint = Readonly<Record<string, unknown> & { id: number; name: string; state?: string }>;
export const SPRINT_SHAPE = z.object({ id: z.number(), name: z.string(), state: z.string().optional() }).loose();

/**
 * The board's active sprint (the first, when a board runs parallel sprints), or null: also when
 * the board does not support sprints (Jira answers 400 for a kanban board, or a team-managed
 * board whose project turned sprints off).
 */
export async function getActiveSprint(api: Requester, boardId: number): Promise<Sprint | null> {
  try {
    const json = await readShaped(api, z.object({ values: z.array(SPRINT_SHAPE).optional() }), {
      product: 'jira',
      method: 'GET',
      path: withQuery(`/rest/agile/1.0/board/${boardId}/sprint`, { state: 'active' }),
      purpose: `find the active sprint of board ${boardId}`,
    });
    return json.values?.[0] ?? null;
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) return null;
    throw error;
  }
}
