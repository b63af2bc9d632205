import { withQuery, type Requester } from '../requester';

/** @see https://developer.atlassian.com/cloud/jira/software/rest/api-group-board/#api-rest-agile-1-0-board-get */
export interface BoardRef {
  readonly id: number;
  readonly name: string;
  readonly type?: string;
}

/** The project's first scrum board, or null when it has none. */
export async function findScrumBoard(api: Requester, projectKey: string): Promise<BoardRef | null> {
  const { json } = await api.request({
    product: 'jira',
    method: 'GET',
    path: withQuery('/rest/agile/1.0/board', { projectKeyOrId: projectKey, type: 'scrum', maxResults: 1 }),
    purpose: `find the scrum board of ${projectKey}`,
  });
  const first = (json as { values?: BoardRef[] }).values?.[0];
  return first ? { id: first.id, name: first.name } : null;
}
