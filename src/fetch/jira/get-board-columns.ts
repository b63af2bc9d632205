import type { Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';

/** @see https://developer.atlassian.com/cloud/jira/software/rest/api-group-board/#api-rest-agile-1-0-board-boardid-configuration-get */
interface BoardConfiguration {
  readonly columnConfig?: {
    readonly columns?: ReadonlyArray<{
      readonly name: string;
      readonly statuses?: ReadonlyArray<{ readonly id: string }>;
    }>;
  };
}

const CONFIGURATION = z.object({
  columnConfig: z
    .object({
      columns: z
        .array(
          z.object({ name: z.string(), statuses: z.array(z.object({ id: z.string() }).loose()).optional() }).loose(),
        )
        .optional(),
    })
    .loose()
    .optional(),
});

/** The board's columns with the status ids each one holds. */
export async function getBoardColumns(
  api: Requester,
  boardId: number,
): Promise<Array<{ name: string; statusIds: string[] }>> {
  const json: BoardConfiguration = await readShaped(api, CONFIGURATION, {
    product: 'jira',
    method: 'GET',
    path: `/rest/agile/1.0/board/${boardId}/configuration`,
    purpose: `read the columns of board ${boardId}`,
  });
  return (json.columnConfig?.columns ?? []).map((c) => ({
    name: c.name,
    statusIds: (c.statuses ?? []).map((s) => String(s.id)),
  }));
}
