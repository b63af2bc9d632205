import { intParam, jiraError, ok, type Route, type RouteContext } from '../route';

function boardJson({ data, base }: RouteContext) {
  const b = data.board;
  if (!b) return null;
  const p = data.project;
  return {
    id: b.id,
    self: `${base}/rest/agile/1.0/board/${b.id}`,
    name: b.name ?? `${p.key} board`,
    type: b.type ?? 'scrum',
    location: {
      projectId: Number(p.id),
      displayName: `${p.name ?? p.key} (${p.key})`,
      projectName: p.name ?? p.key,
      projectKey: p.key,
      projectTypeKey: 'software',
      name: `${p.name ?? p.key} (${p.key})`,
    },
  };
}

export const getAllBoards: Route = {
  operationId: 'getAllBoards',
  document: 'jira-software',
  method: 'GET',
  template: '/rest/agile/1.0/board',
  handle(ctx) {
    const { query, data } = ctx;
    const board = boardJson(ctx);
    const wantedProject = query.get('projectKeyOrId');
    const type = query.get('type');
    const matches =
      board &&
      (!wantedProject || wantedProject === data.project.key || wantedProject === data.project.id) &&
      (!type || type.split(',').includes(board.type));
    const values = matches ? [board] : [];
    const startAt = intParam(query, 'startAt', 0);
    const maxResults = intParam(query, 'maxResults', 50, 50);
    const page = values.slice(startAt, startAt + maxResults);
    return ok({
      maxResults,
      startAt,
      total: values.length,
      isLast: startAt + page.length >= values.length,
      values: page,
    });
  },
};

export const getBoard: Route = {
  operationId: 'getBoard',
  document: 'jira-software',
  method: 'GET',
  template: '/rest/agile/1.0/board/{boardId}',
  handle(ctx) {
    const board = boardJson(ctx);
    return board && String(board.id) === ctx.params.boardId
      ? ok(board)
      : jiraError(404, 'Board does not exist or you do not have permission to see it.');
  },
};

export const getConfiguration: Route = {
  operationId: 'getConfiguration',
  document: 'jira-software',
  method: 'GET',
  template: '/rest/agile/1.0/board/{boardId}/configuration',
  handle(ctx) {
    const { data, base, params } = ctx;
    const b = data.board;
    if (!b || String(b.id) !== params.boardId)
      return jiraError(404, 'Board does not exist or you do not have permission to see it.');
    const estimation = b.estimationField ?? data.fields?.storyPoints;
    return ok({
      id: b.id,
      name: b.name,
      type: b.type ?? 'scrum',
      self: `${base}/rest/agile/1.0/board/${b.id}/configuration`,
      location: { type: 'project', projectKeyOrId: data.project.key },
      filter: { id: '10000', self: `${base}/rest/api/3/filter/10000` },
      columnConfig: {
        columns: (b.columns ?? []).map((c) => ({
          name: c.name,
          statuses: (c.statusIds ?? []).map((id) => ({ id, self: `${base}/rest/api/3/status/${id}` })),
        })),
        constraintType: 'issueCount',
      },
      ...(estimation
        ? {
            estimation: {
              type: 'field',
              field: {
                fieldId: estimation,
                displayName: estimation === data.fields?.legacyStoryPoints ? 'Story Points' : 'Story point estimate',
              },
            },
          }
        : {}),
      ranking: { rankCustomFieldId: 10019 },
    });
  },
};

export const getAllSprints: Route = {
  operationId: 'getAllSprints',
  document: 'jira-software',
  method: 'GET',
  template: '/rest/agile/1.0/board/{boardId}/sprint',
  handle({ data, params, query }) {
    if (!data.board || String(data.board.id) !== params.boardId)
      return jiraError(404, 'Board does not exist or you do not have permission to see it.');
    if (data.board.type === 'kanban') return jiraError(400, 'The board does not support sprints');
    const states = (query.get('state') ?? '').split(',').filter(Boolean);
    const next = (data.upcoming as { sprint?: Record<string, unknown> & { id: number; state?: string } } | undefined)
      ?.sprint;
    const sprints = [...(data.closedSprints ?? []), ...(data.sprint ? [data.sprint] : []), ...(next ? [next] : [])];
    const values = sprints.filter((s) => states.length === 0 || states.includes(String(s.state ?? 'active')));
    const startAt = intParam(query, 'startAt', 0);
    const maxResults = intParam(query, 'maxResults', 50, 50);
    const page = values.slice(startAt, startAt + maxResults);
    return ok({ maxResults, startAt, isLast: startAt + page.length >= values.length, values: page });
  },
};

export const getSprint: Route = {
  operationId: 'getSprint',
  document: 'jira-software',
  method: 'GET',
  template: '/rest/agile/1.0/sprint/{sprintId}',
  handle({ data, params }) {
    return data.sprint && String(data.sprint.id) === params.sprintId
      ? ok(data.sprint)
      : jiraError(404, `Sprint with id ${params.sprintId} does not exist.`);
  },
};
