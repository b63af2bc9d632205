import type { Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';

/** @see https://developer.atlassian.com/cloud/jira/software/rest/api-group-board/#api-rest-agile-1-0-board-boardid-configuration-get */
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
  estimation: z
    .object({
      type: z.string().optional(),
      field: z.object({ fieldId: z.string().optional() }).loose().optional(),
    })
    .loose()
    .optional(),
});

export interface BoardConfiguration {
  /** Left to right, each with the status ids it holds. */
  columns: Array<{ name: string; statusIds: string[] }>;
  /**
   * The custom field the board estimates with (Jira's burndown and velocity read it), or null
   * when the board estimates by issue count, by time, or does not say.
   */
  estimationField: string | null;
}

/** The board's columns and its estimation field. */
export async function getBoardConfiguration(api: Requester, boardId: number): Promise<BoardConfiguration> {
  const json = await readShaped(api, CONFIGURATION, {
    product: 'jira',
    method: 'GET',
    path: `/rest/agile/1.0/board/${boardId}/configuration`,
    purpose: `read the configuration of board ${boardId}`,
  });
  const fieldId = json.estimation?.type === 'field' ? json.estimation.field?.fieldId : undefined;
  return {
    columns: (json.columnConfig?.columns ?? []).map((c) => ({
      name: c.name,
      statusIds: (c.statuses ?? []).map((s) => String(s.id)),
    })),
    estimationField: fieldId && fieldId.startsWith('customfield_') ? fieldId : null,
  };
}
