import type { ConfluenceContent } from '../../demo/confluence-demo';
import { decodeToken, encodeToken } from '../page-token';
import { intParam, ok, type Reply, type Route, type RouteContext } from '../route';

/** Confluence's v2 error shape. */
const confluenceError = (status: number, message: string): Reply => ({
  status,
  json: {
    errors: [
      { status, code: status === 400 ? 'INVALID_REQUEST_PARAMETER' : 'NOT_FOUND', title: message, detail: null },
    ],
  },
});

const BASE = '/wiki/api/v2';

function cursorPage<T>(ctx: RouteContext, path: string, items: T[], scope: string): Reply {
  const limit = intParam(ctx.query, 'limit', 25, 250);
  const cursor = ctx.query.get('cursor');
  const offset = cursor ? decodeToken(cursor, scope) : 0;
  if (offset === null) return confluenceError(400, 'Invalid cursor');
  const page = items.slice(offset, offset + limit);
  const more = offset + page.length < items.length;
  const next = new URLSearchParams(ctx.query);
  next.set('cursor', encodeToken(offset + page.length, scope));
  return ok({
    results: page,
    _links: { base: `${ctx.base}/wiki`, ...(more ? { next: `${path}?${next.toString()}` } : {}) },
  });
}

export const getSpaces: Route = {
  operationId: 'getSpaces',
  document: 'confluence-v2',
  method: 'GET',
  template: `${BASE}/spaces`,
  handle(ctx) {
    const keys = (ctx.query.get('keys') ?? '').split(',').filter(Boolean);
    const spaces = (ctx.confluence?.spaces ?? []).filter((s) => keys.length === 0 || keys.includes(s.key));
    return cursorPage(ctx, `${BASE}/spaces`, spaces, `spaces:${keys.join(',')}`);
  },
};

function contentRoute(operationId: string, list: 'pages' | 'blogposts'): Route {
  return {
    operationId,
    document: 'confluence-v2',
    method: 'GET',
    template: `${BASE}/${list}`,
    handle(ctx) {
      const spaceIds = (ctx.query.get('space-id') ?? '').split(',').filter(Boolean);
      const sort = ctx.query.get('sort');
      if (sort !== null && !['-modified-date', 'modified-date', 'id', '-id'].includes(sort))
        return confluenceError(400, `Unsupported sort ${sort}`);
      let items: ConfluenceContent[] = (ctx.confluence?.[list] ?? []).filter(
        (c) => spaceIds.length === 0 || spaceIds.includes(c.spaceId),
      );
      if (sort?.endsWith('modified-date')) {
        const sign = sort.startsWith('-') ? -1 : 1;
        items = [...items].sort((a, b) => sign * a.version.createdAt.localeCompare(b.version.createdAt));
      }
      return cursorPage(ctx, `${BASE}/${list}`, items, `${list}:${spaceIds.join(',')}:${sort ?? ''}`);
    },
  };
}

export const getPages = contentRoute('getPages', 'pages');
export const getBlogPosts = contentRoute('getBlogPosts', 'blogposts');

export const createBulkUserLookup: Route = {
  operationId: 'createBulkUserLookup',
  document: 'confluence-v2',
  method: 'POST',
  template: `${BASE}/users-bulk`,
  handle(ctx) {
    const ids = (ctx.body as { accountIds?: unknown } | undefined)?.accountIds;
    if (!Array.isArray(ids) || ids.length === 0) return confluenceError(400, 'accountIds is required');
    const users = (ctx.confluence?.users ?? []).filter((u) => ids.includes(u.accountId));
    return ok({
      results: users.map((u) => ({
        accountId: u.accountId,
        accountType: u.accountType,
        displayName: u.displayName,
        publicName: u.displayName,
        accountStatus: 'active',
      })),
      _links: {},
    });
  },
};
