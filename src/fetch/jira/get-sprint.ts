import type { Requester } from '../requester';
import type { Sprint } from './get-active-sprint';

/** @see https://developer.atlassian.com/cloud/jira/software/rest/api-group-sprint/#api-rest-agile-1-0-sprint-sprintid-get */
export async function getSprint(api: Requester, sprintId: number): Promise<Sprint> {
  const { json } = await api.request({ product: 'jira', method: 'GET', path: `/rest/agile/1.0/sprint/${sprintId}`, purpose: `read the sprint ${sprintId}` });
  return json as Sprint;
}
