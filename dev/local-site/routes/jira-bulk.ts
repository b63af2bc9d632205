import { decodeToken, encodeToken } from '../page-token';
import { intParam, jiraError, ok, type Route } from '../route';
import { issueIndex } from '../site-data';

export const getBulkChangelogs: Route = {
  operationId: 'getBulkChangelogs',
  document: 'jira-platform',
  method: 'POST',
  template: '/rest/api/3/changelog/bulkfetch',
  handle({ data, body }) {
    const req = (body ?? {}) as {
      issueIdsOrKeys?: unknown;
      maxResults?: unknown;
      nextPageToken?: unknown;
      fieldIds?: unknown;
    };
    const wanted = req.issueIdsOrKeys;
    if (!Array.isArray(wanted) || wanted.length === 0 || wanted.length > 1000)
      return jiraError(400, 'issueIdsOrKeys must hold 1 to 1000 issue ids or keys.');
    const fieldIds = Array.isArray(req.fieldIds) ? new Set(req.fieldIds as string[]) : null;
    const maxResults =
      typeof req.maxResults === 'number' && req.maxResults > 0 ? Math.min(req.maxResults, 10000) : 1000;
    const scope = JSON.stringify(wanted);
    const offset = typeof req.nextPageToken === 'string' ? decodeToken(req.nextPageToken, scope) : 0;
    if (offset === null) return jiraError(400, 'The provided next page token is invalid or expired.');
    const index = issueIndex(data);
    const logs = new Map((data.changelogs ?? []).map((l) => [l.issueId, l]));
    // Flatten to (issue, history) in request order; a page holds up to maxResults histories.
    const rows: Array<[string, unknown]> = [];
    for (const idOrKey of wanted as string[]) {
      const issue = index.get(idOrKey);
      const log = issue && logs.get(issue.id);
      for (const h of log?.changeHistories ?? []) {
        const items = (h as { items?: Array<{ fieldId?: string; field?: string }> }).items ?? [];
        if (fieldIds && !items.some((it) => fieldIds.has(it.fieldId ?? it.field ?? ''))) continue;
        rows.push([(issue as { id: string }).id, h]);
      }
    }
    const page = rows.slice(offset, offset + maxResults);
    const grouped = new Map<string, unknown[]>();
    for (const [id, h] of page) grouped.set(id, [...(grouped.get(id) ?? []), h]);
    const more = offset + page.length < rows.length;
    return ok({
      issueChangeLogs: [...grouped].map(([issueId, changeHistories]) => ({ issueId, changeHistories })),
      ...(more ? { nextPageToken: encodeToken(offset + page.length, scope) } : {}),
    });
  },
};

export const bulkGetUsers: Route = {
  operationId: 'bulkGetUsers',
  document: 'jira-platform',
  method: 'GET',
  template: '/rest/api/3/user/bulk',
  handle({ data, query, base }) {
    const ids = query.getAll('accountId');
    if (ids.length === 0) return jiraError(400, 'You must specify at least one accountId.');
    const startAt = intParam(query, 'startAt', 0);
    const maxResults = intParam(query, 'maxResults', 10, 200);
    const found = ids
      .map((id) => data.users?.find((u) => u.accountId === id))
      .filter((u): u is NonNullable<typeof u> => u !== undefined);
    const values = found.slice(startAt, startAt + maxResults);
    const isLast = startAt + values.length >= found.length;
    return ok({
      self: `${base}/rest/api/3/user/bulk?startAt=${startAt}&maxResults=${maxResults}`,
      maxResults,
      startAt,
      total: found.length,
      isLast,
      values,
      ...(isLast
        ? {}
        : { nextPage: `${base}/rest/api/3/user/bulk?startAt=${startAt + values.length}&maxResults=${maxResults}` }),
    });
  },
};
