import { withQuery, type Requester } from '../requester';

/**
 * Whether the requester's principal may administer the project (who may change its settings).
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-permissions/#api-rest-api-3-mypermissions-get
 */
export async function canAdministerProject(api: Requester, projectKey: string): Promise<boolean> {
  const { json } = await api.request({
    product: 'jira',
    method: 'GET',
    path: withQuery('/rest/api/3/mypermissions', { projectKey, permissions: 'ADMINISTER_PROJECTS' }),
    purpose: `check who may administer ${projectKey}`,
  });
  return (json as { permissions?: Record<string, { havePermission?: boolean }> }).permissions?.ADMINISTER_PROJECTS?.havePermission === true;
}
