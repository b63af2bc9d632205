import type { Requester } from './requester';
import { getActiveSprint, type Sprint } from './jira/get-active-sprint';
import { getBoard } from './jira/get-board';
import { getSprint } from './jira/get-sprint';
import { listProjectBoards, maySprint, type BoardRef } from './jira/list-project-boards';

/** Boards asked for an active sprint before the walk settles for the first board. */
const SPRINT_PROBES = 5;

export interface BoardChoice {
  board: BoardRef | null;
  sprint: Sprint | null;
}

/**
 * The board and sprint a walk reads. Given a board, that board (of any type) and its active
 * sprint, if it has sprints. Else the project's boards of every type (scrum, simple for
 * team-managed projects, kanban): the first with an active sprint, else the first board, else
 * none. Given a sprint, that sprint.
 */
export async function findBoard(
  api: Requester,
  projectKey: string,
  o: { boardId?: number; sprintId?: number },
): Promise<BoardChoice> {
  const explicitSprint = o.sprintId !== undefined ? getSprint(api, o.sprintId) : null;
  if (o.boardId !== undefined) {
    const board = await getBoard(api, o.boardId);
    const sprint = explicitSprint
      ? await explicitSprint
      : maySprint(board)
        ? await getActiveSprint(api, board.id)
        : null;
    return { board, sprint };
  }
  const boards = await listProjectBoards(api, projectKey);
  if (explicitSprint) {
    const sprint = await explicitSprint;
    const origin = typeof sprint.originBoardId === 'number' ? sprint.originBoardId : undefined;
    return { board: boards.find((b) => b.id === origin) ?? boards.find(maySprint) ?? boards[0] ?? null, sprint };
  }
  for (const board of boards.filter(maySprint).slice(0, SPRINT_PROBES)) {
    const sprint = await getActiveSprint(api, board.id);
    if (sprint) return { board, sprint };
  }
  return { board: boards[0] ?? null, sprint: null };
}
