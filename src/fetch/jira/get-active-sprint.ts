import { withQuery, type Requester } from '../requester';

/** @see https://developer.atlassian.com/cloud/jira/software/rest/api-group-board/#api-rest-agile-1-0-board-boardid-sprint-get */
export type Sprint = Readonly<Record<string, unknown> & { id: number; name: string; state?: string }>;

/** The board's active sprint (the first, when a board runs parallel sprints), or null. */
export async function getActiveSprint(api: Requester, boardId: number): Promise<Sprint | null> {
  const { json } = await api.request({
    product: 'jira',
    method: 'GET',
    path: withQuery(`/rest/agile/1.0/board/${boardId}/sprint`, { state: 'active' }),
    purpose: `find the active sprint of board ${boardId}`,
  });
  return (json as { values?: Sprint[] }).values?.[0] ?? null;
}
