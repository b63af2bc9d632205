import { withQuery, type Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';

/**
 * A board as the agile API lists it. `type` is `scrum` (company-managed, sprints), `simple`
 * (team-managed: sprints when the project turned them on) or `kanban` (no sprints).
 * @see https://developer.atlassian.com/cloud/jira/software/rest/api-group-board/#api-rest-agile-1-0-board-get
 */
export interface BoardRef {
  readonly id: number;
  readonly name: string;
  readonly type: string | null;
}

export const BOARD_SHAPE = z.object({ id: z.number(), name: z.string(), type: z.string().optional() }).loose();

/** A board's type, as listed; unknown types are kept as they are. */
export const boardRef = (b: z.infer<typeof BOARD_SHAPE>): BoardRef => ({
  id: b.id,
  name: b.name,
  type: b.type ?? null,
});

/** Whether a board of this type may run sprints (a kanban board never does). */
export const maySprint = (board: BoardRef): boolean => board.type !== 'kanban';

/** How many of a project's boards the walk looks at (one page: teams keep a handful). */
export const BOARDS_PAGE = 50;

/** The project's boards of every type, in Jira's order (the first page). */
export async function listProjectBoards(api: Requester, projectKey: string): Promise<BoardRef[]> {
  const json = await readShaped(api, z.object({ values: z.array(BOARD_SHAPE).optional() }), {
    product: 'jira',
    method: 'GET',
    path: withQuery('/rest/agile/1.0/board', { projectKeyOrId: projectKey, maxResults: BOARDS_PAGE }),
    purpose: `find the boards of ${projectKey}`,
  });
  return (json.values ?? []).map(boardRef);
}
