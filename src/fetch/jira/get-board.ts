import type { Requester } from '../requester';
import type { BoardRef } from './find-scrum-board';

/** @see https://developer.atlassian.com/cloud/jira/software/rest/api-group-board/#api-rest-agile-1-0-board-boardid-get */
export async function getBoard(api: Requester, boardId: number): Promise<BoardRef> {
  const { json } = await api.request({ product: 'jira', method: 'GET', path: `/rest/agile/1.0/board/${boardId}`, purpose: `read the board ${boardId}` });
  const b = json as BoardRef;
  return { id: b.id, name: b.name };
}
