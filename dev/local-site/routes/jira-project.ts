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

/** The project's versions, paged; `status` filters, `expand=issuesstatus` adds the counts. */
export const getProjectVersionsPaginated: Route = {
  operationId: 'getProjectVersionsPaginated',
  document: 'jira-platform',
  method: 'GET',
  template: '/rest/api/3/project/{projectIdOrKey}/version',
  handle({ data, base, params, query }) {
    const p = data.project;
    if (params.projectIdOrKey !== p.key && params.projectIdOrKey !== p.id) {
      return jiraError(404, `No project could be found with key '${params.projectIdOrKey}'.`);
    }
    const statuses = (query.get('status') ?? '').split(',').filter(Boolean);
    const expand = (query.get('expand') ?? '').split(',');
    const all = ((data.versions as Array<Record<string, unknown>> | undefined) ?? []).filter((v) => {
      const status = v.archived === true ? 'archived' : v.released === true ? 'released' : 'unreleased';
      return statuses.length === 0 || statuses.includes(status);
    });
    const startAt = Math.max(0, Number(query.get('startAt') ?? 0) || 0);
    const maxResults = Math.min(50, Math.max(1, Number(query.get('maxResults') ?? 50) || 50));
    const values = all.slice(startAt, startAt + maxResults).map((v) => {
      const { issuesStatusForFixVersion, ...rest } = v;
      return {
        self: `${base}/rest/api/3/version/${String(v.id)}`,
        ...rest,
        ...(expand.includes('issuesstatus') ? { issuesStatusForFixVersion } : {}),
      };
    });
    const isLast = startAt + values.length >= all.length;
    return ok({
      self: `${base}/rest/api/3/project/${p.key}/version`,
      maxResults,
      startAt,
      total: all.length,
      isLast,
      values,
    });
  },
};
