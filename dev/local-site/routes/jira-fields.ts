import { ok, type Route } from '../route';

const system = (id: string, name: string, type: string) => ({
  id,
  key: id,
  name,
  custom: false,
  orderable: true,
  navigable: true,
  searchable: true,
  clauseNames: [id],
  schema: { type, system: id },
});

function custom(id: string, name: string, type: string, customType: string) {
  const n = Number(id.replace('customfield_', ''));
  return {
    id,
    key: id,
    name,
    custom: true,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: [`cf[${n}]`, name],
    schema: { type, custom: customType, customId: n },
  };
}

export const getFields: Route = {
  operationId: 'getFields',
  document: 'jira-platform',
  method: 'GET',
  template: '/rest/api/3/field',
  handle({ data }) {
    const f = data.fields ?? {};
    return ok([
      system('summary', 'Summary', 'string'),
      system('status', 'Status', 'status'),
      system('assignee', 'Assignee', 'user'),
      system('issuetype', 'Issue Type', 'issuetype'),
      system('labels', 'Labels', 'array'),
      ...(f.storyPoints
        ? [custom(f.storyPoints, 'Story point estimate', 'number', 'com.pyxis.greenhopper.jira:jsw-story-points')]
        : []),
      ...(f.legacyStoryPoints
        ? [
            custom(
              f.legacyStoryPoints,
              'Story Points',
              'number',
              'com.atlassian.jira.plugin.system.customfieldtypes:float',
            ),
          ]
        : []),
      ...(f.flagged
        ? [custom(f.flagged, 'Flagged', 'array', 'com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes')]
        : []),
      ...(f.development
        ? [
            custom(
              f.development,
              'Development',
              'any',
              'com.atlassian.jira.plugins.jira-development-integration-plugin:devsummarycf',
            ),
          ]
        : []),
      custom('customfield_10020', 'Sprint', 'array', 'com.pyxis.greenhopper.jira:gh-sprint'),
    ]);
  },
};
