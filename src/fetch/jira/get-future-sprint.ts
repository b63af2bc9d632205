import { ApiError, withQuery, type Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';
import { SPRINT_SHAPE, type Sprint } from './get-active-sprint';

const PAGE = 50;

/**
 * The board's next future sprint (checks-delivery.md: earliest `startDate`, then lowest id; a
 * sprint without a start date comes after those with one), or null: none planned, or the board
 * does not support sprints (400).
 * @see https://developer.atlassian.com/cloud/jira/software/rest/api-group-board/#api-rest-agile-1-0-board-boardid-sprint-get
 */
export async function getFutureSprint(api: Requester, boardId: number): Promise<Sprint | null> {
  const sprints: Sprint[] = [];
  try {
    for (let startAt = 0; ;) {
      const json = await readShaped(
        api,
        z.object({ values: z.array(SPRINT_SHAPE).optional(), isLast: z.boolean().optional() }),
        {
          product: 'jira',
          method: 'GET',
          path: withQuery(`/rest/agile/1.0/board/${boardId}/sprint`, { state: 'future', startAt, maxResults: PAGE }),
          purpose: `find the next sprint of board ${boardId}`,
        },
      );
      const got = json.values ?? [];
      sprints.push(...got);
      startAt += got.length;
      if (json.isLast !== false || got.length === 0) break;
    }
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) return null;
    throw error;
  }
  const start = (s: Sprint): string => (typeof s.startDate === 'string' ? s.startDate : '\uffff');
  return (
    [...sprints].sort((a, b) => {
      const x = Date.parse(start(a));
      const y = Date.parse(start(b));
      const byDate = (Number.isNaN(x) ? Infinity : x) - (Number.isNaN(y) ? Infinity : y);
      return byDate || a.id - b.id;
    })[0] ?? null
  );
}
