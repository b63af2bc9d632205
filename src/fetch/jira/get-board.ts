import type { Requester } from '../requester';
import { BOARD_SHAPE, boardRef, type BoardRef } from './list-project-boards';
import { readShaped } from '../expect-shape';

/** @see https://developer.atlassian.com/cloud/jira/software/rest/api-group-board/#api-rest-agile-1-0-board-boardid-get */
export async function getBoard(api: Requester, boardId: number): Promise<BoardRef> {
  const b = await readShaped(api, BOARD_SHAPE, {
    product: 'jira',
    method: 'GET',
    path: `/rest/agile/1.0/board/${boardId}`,
    purpose: `read the board ${boardId}`,
  });
  return boardRef(b);
}
