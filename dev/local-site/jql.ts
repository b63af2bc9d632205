/**
 * The JQL the fetch layer sends, and nothing more: clauses joined by AND, and an optional
 * ORDER BY. Anything else is answered 400 as Jira answers a query it cannot parse.
 */
export interface JqlQuery {
  sprintId?: number;
  projectKey?: string;
  issueKey?: string;
  unresolvedOnly: boolean;
  doneOnly?: boolean;
  /** `updated >= -Nd`: updated in the last N days, of the site's own clock (as Jira resolves it). */
  updatedWithinDays?: number;
  /** `updated >= "YYYY-MM-DD[ HH:mm]"`: an absolute date, read in UTC (the site's users' zone). */
  updatedSince?: number;
  /** `parent in (A-1, A-2)`. */
  parents?: string[];
  /** `status in ("Ready", "Selected")`: status names, compared case-insensitively as Jira does. */
  statuses?: string[];
  /** Rank is read as key order: the local site's backlog is ranked by key. */
  orderBy?: { field: 'key' | 'created'; desc: boolean };
}

export class JqlError extends Error {}

const CLAUSES: Array<[RegExp, (m: RegExpExecArray, q: JqlQuery) => void]> = [
  [/^sprint\s*(?:=|in\s*\()\s*(\d+)\s*\)?$/i, (m, q) => (q.sprintId = Number(m[1]))],
  [/^project\s*=\s*"?([A-Za-z][A-Za-z0-9_]*)"?$/i, (m, q) => (q.projectKey = (m[1] ?? '').toUpperCase())],
  [/^key\s*=\s*"?([A-Za-z][A-Za-z0-9_]*-\d+)"?$/i, (m, q) => (q.issueKey = (m[1] ?? '').toUpperCase())],
  [/^resolution\s*(?:=|is)\s*(?:unresolved|empty)$/i, (_m, q) => (q.unresolvedOnly = true)],
  [/^statusCategory\s*!=\s*"?done"?$/i, (_m, q) => (q.unresolvedOnly = true)],
  [/^statusCategory\s*=\s*"?done"?$/i, (_m, q) => (q.doneOnly = true)],
  [/^updated\s*>=\s*-(\d+)d$/i, (m, q) => (q.updatedWithinDays = Number(m[1]))],
  [
    /^updated\s*>=\s*"(\d{4}-\d{2}-\d{2})(?:\s+(\d{2}:\d{2}))?"$/i,
    (m, q) => (q.updatedSince = Date.parse(`${m[1] ?? ''}T${m[2] ?? '00:00'}:00.000Z`)),
  ],
  [
    /^status\s+in\s*\(((?:\s*"(?:[^"\\]|\\.)*"\s*,?)+)\)$/i,
    (m, q) =>
      (q.statuses = [...(m[1] ?? '').matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((s) =>
        (s[1] ?? '').replace(/\\(.)/g, '$1').toLowerCase(),
      )),
  ],
  [
    /^parent\s+in\s*\(([A-Za-z0-9_,\s-]+)\)$/i,
    (m, q) => (q.parents = (m[1] ?? '').split(',').map((k) => k.trim().toUpperCase())),
  ],
];

export function parseJql(jql: string): JqlQuery {
  const query: JqlQuery = { unresolvedOnly: false };
  const [where = '', order] = jql.split(/\s+order\s+by\s+/i);
  for (const clause of where.split(/\s+and\s+/i).map((c) => c.trim())) {
    const rule = CLAUSES.find(([re]) => re.test(clause));
    if (!rule) throw new JqlError(`Error in the JQL Query: the local site does not understand '${clause}'.`);
    rule[1](rule[0].exec(clause) as RegExpExecArray, query);
  }
  if (order !== undefined) {
    const m = /^(key|created|rank)(?:\s+(asc|desc))?$/i.exec(order.trim());
    if (!m) throw new JqlError(`Error in the JQL Query: the local site does not understand 'ORDER BY ${order}'.`);
    query.orderBy = {
      field: (m[1] ?? 'key').toLowerCase() === 'created' ? 'created' : 'key',
      desc: (m[2] ?? '').toLowerCase() === 'desc',
    };
  }
  return query;
}
