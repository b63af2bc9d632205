import { z } from 'zod';
import { withQuery, ApiError, type Requester } from '../requester';
import { readShaped } from '../expect-shape';

/**
 * Whether the requester may browse the project: a surface that names a project itself (a
 * dashboard gadget's settings, a question to the agent) asks before it shows anything stored.
 * A project Jira does not show them answers 404: false, as for one that does not exist.
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-permissions/#api-rest-api-3-mypermissions-get
 */
export async function canBrowseProject(api: Requester, projectKey: string): Promise<boolean> {
  try {
    const json = await readShaped(
      api,
      z.object({ permissions: z.record(z.string(), z.object({ havePermission: z.boolean().optional() }).loose()) }),
      {
        product: 'jira',
        method: 'GET',
        path: withQuery('/rest/api/3/mypermissions', { projectKey, permissions: 'BROWSE_PROJECTS' }),
        purpose: `check that you may browse ${projectKey}`,
      },
    );
    return json.permissions.BROWSE_PROJECTS?.havePermission === true;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return false;
    throw error;
  }
}
