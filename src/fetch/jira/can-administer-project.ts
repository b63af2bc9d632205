import { withQuery, type Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';

/**
 * Whether the requester's principal holds a project permission (one mypermissions read).
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-permissions/#api-rest-api-3-mypermissions-get
 */
export async function hasProjectPermission(
  api: Requester,
  projectKey: string,
  permission: 'ADMINISTER_PROJECTS' | 'BROWSE_PROJECTS',
  purpose: string,
): Promise<boolean> {
  const json = await readShaped(
    api,
    z.object({ permissions: z.record(z.string(), z.object({ havePermission: z.boolean().optional() }).loose()) }),
    {
      product: 'jira',
      method: 'GET',
      path: withQuery('/rest/api/3/mypermissions', { projectKey, permissions: permission }),
      purpose,
    },
  );
  return json.permissions[permission]?.havePermission === true;
}

/** Whether the requester's principal may administer the project (who may change its settings). */
export function canAdministerProject(api: Requester, projectKey: string): Promise<boolean> {
  return hasProjectPermission(api, projectKey, 'ADMINISTER_PROJECTS', `check who may administer ${projectKey}`);
}
