import { withQuery, type Requester } from '../requester';

/** @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-projectidorkey-get */
export interface ProjectRef {
  readonly id: string;
  readonly key: string;
  readonly name: string;
}

export async function getProject(api: Requester, projectKey: string): Promise<ProjectRef> {
  const { json } = await api.request({
    product: 'jira',
    method: 'GET',
    path: withQuery(`/rest/api/3/project/${encodeURIComponent(projectKey)}`, {}),
    purpose: `read the project ${projectKey}`,
  });
  const p = json as { id: string; key: string; name: string };
  return { id: String(p.id), key: p.key, name: p.name };
}
