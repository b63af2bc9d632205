/** The fields a walk reads (snapshot.md), plus the site's custom field ids. */
export const BASE_FIELDS = [
  'summary',
  'status',
  'assignee',
  'issuetype',
  'parent',
  'labels',
  'issuelinks',
  'priority',
  'fixVersions',
  'created',
  'updated',
  'comment',
  'worklog',
];

export type IssueBean = Record<string, unknown> & { id: string; key: string; fields: Record<string, unknown> };
