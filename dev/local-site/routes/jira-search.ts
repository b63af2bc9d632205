import { JqlError, parseJql, type JqlQuery } from '../jql';
import { decodeToken, encodeToken } from '../page-token';
import { jiraError, ok, type Route } from '../route';
import { issueIndex, type SiteData } from '../site-data';

/** Jira answers at most 100 issues a page (fewer when asked), and 20 comments and worklogs inline. */
export const SEARCH_MAX = 100;
/** ... and up to 5,000 a page when only `id` or `key` is asked for. */
export const SEARCH_MAX_KEYS = 5000;
export const INLINE_PAGE = 20;

type Issue = SiteData['issues'][number];

/** The issue's sprints: its Sprint field when the data set has one, else the data set's sprint. */
function sprintsOf(issue: Issue, data: SiteData): number[] {
  // The next sprint's issues (checks-delivery.md `upcoming`) are in that sprint, and no other.
  if (upcomingIssues(data).has(issue)) {
    const next = (data.upcoming as { sprint?: { id: number } | null } | undefined)?.sprint;
    return next ? [next.id] : [];
  }
  const field = data.fields?.sprint;
  const value = field ? issue.fields[field] : undefined;
  if (Array.isArray(value)) return value.map((s) => (s as { id: number }).id);
  return data.sprint ? [data.sprint.id] : [];
}

const UPCOMING = new WeakMap<object, Set<Issue>>();
/** The data set's upcoming issues, which the site holds beside the walked sprint's. */
function upcomingIssues(data: SiteData): Set<Issue> {
  const list = (data.upcoming as { issues?: Issue[] } | undefined)?.issues ?? [];
  let set = UPCOMING.get(list);
  if (!set) UPCOMING.set(list, (set = new Set(list)));
  return set;
}

function matches(issue: Issue, q: JqlQuery, data: SiteData, now: number): boolean {
  if (q.statuses) {
    const name = (issue.fields.status as { name?: string } | undefined)?.name ?? '';
    if (!q.statuses.includes(name.trim().toLowerCase())) return false;
  }
  if (q.sprintId !== undefined && !sprintsOf(issue, data).includes(q.sprintId)) return false;
  const category = (issue.fields.status as { statusCategory?: { key?: string } } | undefined)?.statusCategory?.key;
  if (q.doneOnly && category !== 'done') return false;
  if (q.updatedWithinDays !== undefined || q.updatedSince !== undefined) {
    const stamp = issue.fields.updated ?? issue.fields.created;
    const updated = typeof stamp === 'string' ? Date.parse(stamp) : NaN;
    if (q.updatedWithinDays !== undefined && !(updated >= now - q.updatedWithinDays * 86400000)) return false;
    if (q.updatedSince !== undefined && !(updated >= q.updatedSince)) return false;
  }
  if (q.parents && !q.parents.includes(String((issue.fields.parent as { key?: string } | undefined)?.key ?? '')))
    return false;
  if (q.projectKey !== undefined && !issue.key.toUpperCase().startsWith(`${q.projectKey}-`)) return false;
  if (q.issueKey !== undefined && issue.key.toUpperCase() !== q.issueKey) return false;
  if (q.unresolvedOnly) {
    const category = (issue.fields.status as { statusCategory?: { key?: string } } | undefined)?.statusCategory?.key;
    if (category === 'done') return false;
  }
  return true;
}

const keyNumber = (key: string) => Number(key.split('-')[1] ?? 0);

/** The issue as search and bulk fetch return it: the requested fields, comment and worklog pages cut to 20. */
export function project(issue: Issue, fields: readonly string[] | null): Issue {
  const picked: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(issue.fields)) {
    if (fields && !fields.includes(name) && !fields.includes('*all')) continue;
    if (name === 'comment') picked[name] = truncate(value as { comments: unknown[] }, 'comments');
    else if (name === 'worklog') picked[name] = truncate(value as { worklogs: unknown[] }, 'worklogs');
    else picked[name] = value;
  }
  return { ...issue, fields: picked };
}

function truncate<K extends 'comments' | 'worklogs'>(
  page: Record<K, unknown[]> & Record<string, unknown>,
  list: K,
): unknown {
  const items = page[list];
  if (!Array.isArray(items) || items.length <= INLINE_PAGE) return page;
  return { ...page, [list]: items.slice(0, INLINE_PAGE), maxResults: INLINE_PAGE, total: items.length, startAt: 0 };
}

export const searchJql: Route = {
  operationId: 'searchAndReconsileIssuesUsingJqlPost',
  document: 'jira-platform',
  method: 'POST',
  template: '/rest/api/3/search/jql',
  handle({ data, body, now }) {
    const req = (body ?? {}) as { jql?: unknown; fields?: unknown; maxResults?: unknown; nextPageToken?: unknown };
    if (typeof req.jql !== 'string' || req.jql.trim() === '')
      return jiraError(
        400,
        'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
      );
    let query: JqlQuery;
    try {
      query = parseJql(req.jql);
    } catch (error) {
      if (error instanceof JqlError) return jiraError(400, error.message);
      throw error;
    }
    const scope = req.jql;
    const offset = typeof req.nextPageToken === 'string' ? decodeToken(req.nextPageToken, scope) : 0;
    if (offset === null) return jiraError(400, 'The provided next page token is invalid or expired.');
    const fields = Array.isArray(req.fields) ? req.fields.filter((f): f is string => typeof f === 'string') : null;
    const keysOnly = fields !== null && fields.every((f) => f === 'id' || f === 'key');
    const size = Math.min(
      typeof req.maxResults === 'number' && req.maxResults > 0 ? req.maxResults : 50,
      keysOnly ? SEARCH_MAX_KEYS : SEARCH_MAX,
    );
    const at = now().getTime();
    let found = [...data.issues, ...upcomingIssues(data)].filter((i) => matches(i, query, data, at));
    if (query.orderBy) {
      const sign = query.orderBy.desc ? -1 : 1;
      const by = query.orderBy.field;
      found = [...found].sort(
        (a, b) =>
          sign *
          (by === 'key'
            ? keyNumber(a.key) - keyNumber(b.key)
            : String(a.fields.created).localeCompare(String(b.fields.created))),
      );
    }
    const page = found.slice(offset, offset + size).map((i) => project(i, fields));
    const isLast = offset + page.length >= found.length;
    return ok({ issues: page, isLast, ...(isLast ? {} : { nextPageToken: encodeToken(offset + page.length, scope) }) });
  },
};

/** Up to 100 issues by id or key, as the caller may see them; unknown ones are left out, as Jira does. */
export const bulkFetchIssues: Route = {
  operationId: 'bulkFetchIssues',
  document: 'jira-platform',
  method: 'POST',
  template: '/rest/api/3/issue/bulkfetch',
  handle({ data, body }) {
    const req = (body ?? {}) as { issueIdsOrKeys?: unknown; fields?: unknown };
    const wanted = req.issueIdsOrKeys;
    if (!Array.isArray(wanted) || wanted.length === 0 || wanted.length > 100)
      return jiraError(400, 'issueIdsOrKeys must hold 1 to 100 issue ids or keys.');
    const fields = Array.isArray(req.fields) ? req.fields.filter((f): f is string => typeof f === 'string') : null;
    const index = issueIndex(data);
    const issues = (wanted as unknown[]).map((w) => index.get(String(w))).filter((i): i is Issue => i !== undefined);
    return ok({ issues: issues.map((i) => project(i, fields)), issueErrors: [] });
  },
};
