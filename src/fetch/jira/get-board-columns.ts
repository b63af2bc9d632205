import type { Requester } from '../requester';

/** @see https://developer.atlassian.com/cloud/jira/software/rest/api-group-board/#api-rest-agile-1-0-board-boardid-configuration-get */
interface BoardConfiguration {
  readonly columnConfig?: { readonly columns?: ReadonlyArray<{ readonly name: string; readonly statuses?: ReadonlyArray<{ readonly id: string }> }> };
}

/** The board's columns with the status ids each one holds. */
export async function getBoardColumns(api: Requester, boardId: number): Promise<Array<{ name: string; statusIds: string[] }>> {
  const { json } = await api.request({
    product: 'jira',
    method: 'GET',
    path: `/rest/agile/1.0/board/${boardId}/configuration`,
    purpose: `read the columns of board ${boardId}`,
  });
  return ((json as BoardConfiguration).columnConfig?.columns ?? []).map((c) => ({ name: c.name, statusIds: (c.statuses ?? []).map((s) => String(s.id)) }));
}
