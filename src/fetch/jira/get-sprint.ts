import type { Requester } from '../requester';
import { SPRINT_SHAPE, type Sprint } from './get-active-sprint';
import { readShaped } from '../expect-shape';

/** @see https://developer.atlassian.com/cloud/jira/software/rest/api-group-sprint/#api-rest-agile-1-0-sprint-sprintid-get */
export async function getSprint(api: Requester, sprintId: number): Promise<Sprint> {
  return readShaped(api, SPRINT_SHAPE, {
    product: 'jira',
    method: 'GET',
    path: `/rest/agile/1.0/sprint/${sprintId}`,
    purpose: `read the sprint ${sprintId}`,
  });
}
