import { jiraError, ok, type Route } from '../route';

export const getProject: Route = {
  operationId: 'getProject',
  document: 'jira-platform',
  method: 'GET',
  template: '/rest/api/3/project/{projectIdOrKey}',
  handle({ data, base, params }) {
    const p = data.project;
    if (params.projectIdOrKey !== p.key && params.projectIdOrKey !== p.id) {
      return jiraError(404, `No project could be found with key '${params.projectIdOrKey}'.`);
    }
    return ok({
      self: `${base}/rest/api/3/project/${p.id}`,
      id: p.id,
      key: p.key,
      name: p.name ?? p.key,
      projectTypeKey: 'software',
      simplified: false,
      style: 'classic',
      isPrivate: false,
      archived: false,
    });
  },
};
