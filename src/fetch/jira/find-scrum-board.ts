import { withQuery, type Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';

/** @see https://developer.atlassian.com/cloud/jira/software/rest/api-group-board/#api-rest-agile-1-0-board-get */
export interface BoardRef {
  readonly id: number;
  readonly name: string;
  readonly type?: string;
}

/** The project's first scrum board, or null when it has none. */
export async function findScrumBoard(api: Requester, projectKey: string): Promise<BoardRef | null> {
  const json = await readShaped(
    api,
    z.object({ values: z.array(z.object({ id: z.number(), name: z.string() }).loose()).optional() }),
    {
      product: 'jira',
      method: 'GET',
      path: withQuery('/rest/agile/1.0/board', { projectKeyOrId: projectKey, type: 'scrum', maxResults: 1 }),
      purpose: `find the scrum board of ${projectKey}`,
    },
  );
  const first = json.values?.[0];
  return first ? { id: first.id, name: first.name } : null;
}
