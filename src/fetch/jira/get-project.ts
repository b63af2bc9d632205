import { withQuery, type Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';

/** @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-projectidorkey-get */
export interface ProjectRef {
  readonly id: string;
  readonly key: string;
  readonly name: string;
}

export async function getProject(api: Requester, projectKey: string): Promise<ProjectRef> {
  const p = await readShaped(
    api,
    z.object({ id: z.union([z.string(), z.number()]), key: z.string(), name: z.string() }).loose(),
    {
      product: 'jira',
      method: 'GET',
      path: withQuery(`/rest/api/3/project/${encodeURIComponent(projectKey)}`, {}),
      purpose: `read the project ${projectKey}`,
    },
  );
  return { id: String(p.id), key: p.key, name: p.name };
}
