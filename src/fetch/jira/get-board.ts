import type { Requester } from '../requester';
import type { BoardRef } from './find-scrum-board';
import { z } from 'zod';
import { readShaped } from '../expect-shape';

/** @see https://developer.atlassian.com/cloud/jira/software/rest/api-group-board/#api-rest-agile-1-0-board-boardid-get */
export async function getBoard(api: Requester, boardId: number): Promise<BoardRef> {
  const b = await readShaped(api, z.object({ id: z.number(), name: z.string() }).loose(), {
    product: 'jira',
    method: 'GET',
    path: `/rest/agile/1.0/board/${boardId}`,
    purpose: `read the board ${boardId}`,
  });
  return { id: b.id, name: b.name };
}
