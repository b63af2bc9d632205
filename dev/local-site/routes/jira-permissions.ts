import { jiraError, ok, type Route } from '../route';

export const getMyPermissions: Route = {
  operationId: 'getMyPermissions',
  document: 'jira-platform',
  method: 'GET',
  template: '/rest/api/3/mypermissions',
  handle({ query, data, caller, admins }) {
    const project = query.get('projectKey');
    if (project !== null && project !== data.project.key)
      return jiraError(404, `No project could be found with key '${project}'.`);
    const wanted = (query.get('permissions') ?? '').split(',').filter(Boolean);
    if (wanted.length === 0) return jiraError(400, 'The permissions query parameter is required.');
    const permissions: Record<string, unknown> = {};
    for (const key of wanted) {
      const have =
        key === 'ADMINISTER_PROJECTS'
          ? caller !== null && admins.includes(caller)
          : key === 'BROWSE_PROJECTS' || key === 'ADD_COMMENTS';
      permissions[key] = {
        id: key,
        key,
        name: key.replace(/_/g, ' ').toLowerCase(),
        type: 'PROJECT',
        description: '',
        havePermission: have,
      };
    }
    return ok({ permissions });
  },
};
