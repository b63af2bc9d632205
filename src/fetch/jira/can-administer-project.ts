import { withQuery, type Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';

/**
 * Whether the requester's principal may administer the project (who may change its settings).
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-permissions/#api-rest-api-3-mypermissions-get
 */
export async function canAdministerProject(api: Requester, projectKey: string): Promise<boolean> {
  const json = await readShaped(
    api,
    z.object({ permissions: z.record(z.string(), z.object({ havePermission: z.boolean().optional() }).loose()) }),
    {
      product: 'jira',
      method: 'GET',
      path: withQuery('/rest/api/3/mypermissions', { projectKey, permissions: 'ADMINISTER_PROJECTS' }),
      purpose: `check who may administer ${projectKey}`,
    },
  );
  return json.permissions.ADMINISTER_PROJECTS?.havePermission === true;
}
