import type { ConfluenceContent } from '../../demo/confluence-demo';
import { decodeToken, encodeToken } from '../page-token';
import { intParam, ok, type Reply, type Route, type RouteContext } from '../route';
import { adfProblem } from '../adf';

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

function withoutBody(page: ConfluenceContent): Omit<ConfluenceContent, 'body' | 'properties'> {
  const copy = { ...page };
  delete copy.body;
  delete copy.properties; // served by their own endpoint, as Confluence does
  return copy;
}

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
      const title = ctx.query.get('title');
      const status = ctx.query.get('status');
      let items: ConfluenceContent[] = (ctx.confluence?.[list] ?? []).filter(
        (c) =>
          (spaceIds.length === 0 || spaceIds.includes(c.spaceId)) &&
          (title === null || c.title === title) &&
          (status === null || status.split(',').includes(c.status)),
      );
      if (sort?.endsWith('modified-date')) {
        const sign = sort.startsWith('-') ? -1 : 1;
        items = [...items].sort((a, b) => sign * a.version.createdAt.localeCompare(b.version.createdAt));
      }
      const bare = items.map(withoutBody);
      return cursorPage(ctx, `${BASE}/${list}`, bare, `${list}:${spaceIds.join(',')}:${sort ?? ''}:${title ?? ''}`);
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

/** A page body as Confluence takes it: here only the Atlassian Document Format, checked against its schema. */
function bodyProblem(body: unknown): string | null {
  const b = body as { representation?: unknown; value?: unknown } | undefined;
  if (!b || b.representation !== 'atlas_doc_format' || typeof b.value !== 'string')
    return 'body must be { representation: "atlas_doc_format", value: "<ADF as a string>" }';
  let doc: unknown;
  try {
    doc = JSON.parse(b.value);
  } catch {
    return 'body.value is not JSON';
  }
  const problem = adfProblem(doc);
  return problem ? `body.value is not valid ADF: ${problem}` : null;
}

/** A page as Confluence answers without `body-format`: no body. */
function pageJson(ctx: RouteContext, page: ConfluenceContent) {
  return { ...withoutBody(page), _links: { ...page._links, base: `${ctx.base}/wiki` } };
}

export const createPage: Route = {
  operationId: 'createPage',
  document: 'confluence-v2',
  method: 'POST',
  template: `${BASE}/pages`,
  writes: true,
  handle(ctx) {
    const req = (ctx.body ?? {}) as { spaceId?: unknown; title?: unknown; parentId?: unknown; body?: unknown };
    const data = ctx.confluence;
    if (!data) return confluenceError(404, 'No Confluence on this site');
    const space = data.spaces.find((s) => s.id === req.spaceId);
    if (!space) return confluenceError(404, `Space ${String(req.spaceId)} not found`);
    if (typeof req.title !== 'string' || req.title.trim() === '') return confluenceError(400, 'title is required');
    const problem = bodyProblem(req.body);
    if (problem) return confluenceError(400, problem);
    if (data.pages.some((p) => p.spaceId === space.id && p.title === req.title && p.status === 'current'))
      return confluenceError(
        400,
        'A page with this title already exists: A page already exists with the same TITLE in this space',
      );
    const parentId = typeof req.parentId === 'string' ? req.parentId : space.homepageId;
    if (!data.pages.some((p) => p.id === parentId) && parentId !== space.homepageId)
      return confluenceError(404, `Parent page ${parentId} not found`);
    const at = ctx.now().toISOString();
    const author = ctx.caller ?? 'app';
    const id = String(990000 + data.pages.length + 1);
    const page: ConfluenceContent = {
      id,
      status: 'current',
      title: req.title,
      spaceId: space.id,
      parentId,
      authorId: author,
      createdAt: at,
      version: { createdAt: at, number: 1, message: '', minorEdit: false, authorId: author },
      body: req.body as ConfluenceContent['body'],
      _links: { webui: `/spaces/${space.key}/pages/${id}` },
    };
    data.pages.push(page);
    return ok(pageJson(ctx, page));
  },
};

export const getPageById: Route = {
  operationId: 'getPageById',
  document: 'confluence-v2',
  method: 'GET',
  template: `${BASE}/pages/{id}`,
  handle(ctx) {
    const page = ctx.confluence?.pages.find((p) => p.id === ctx.params.id);
    return page ? ok(pageJson(ctx, page)) : confluenceError(404, `Page ${ctx.params.id} not found`);
  },
};

export const updatePage: Route = {
  operationId: 'updatePage',
  document: 'confluence-v2',
  method: 'PUT',
  template: `${BASE}/pages/{id}`,
  writes: true,
  handle(ctx) {
    const page = ctx.confluence?.pages.find((p) => p.id === ctx.params.id);
    if (!page) return confluenceError(404, `Page ${ctx.params.id} not found`);
    const req = (ctx.body ?? {}) as {
      title?: unknown;
      body?: unknown;
      version?: { number?: unknown; message?: unknown };
    };
    if (typeof req.title !== 'string' || req.title.trim() === '') return confluenceError(400, 'title is required');
    const problem = bodyProblem(req.body);
    if (problem) return confluenceError(400, problem);
    if (req.version?.number !== page.version.number + 1)
      return {
        status: 409,
        json: {
          errors: [
            { status: 409, code: 'CONFLICT', title: `Version must be ${page.version.number + 1}`, detail: null },
          ],
        },
      };
    const at = ctx.now().toISOString();
    page.title = req.title;
    page.body = req.body as ConfluenceContent['body'];
    page.version = {
      createdAt: at,
      number: page.version.number + 1,
      message: typeof req.version.message === 'string' ? req.version.message : '',
      minorEdit: false,
      authorId: ctx.caller ?? 'app',
    };
    return ok(pageJson(ctx, page));
  },
};

/** A page's content properties, as Confluence v2 lists them (filtered by `key`). */
export const getPageContentProperties: Route = {
  operationId: 'getPageContentProperties',
  document: 'confluence-v2',
  method: 'GET',
  template: `${BASE}/pages/{page-id}/properties`,
  handle(ctx) {
    const page = ctx.confluence?.pages.find((p) => p.id === ctx.params['page-id']);
    if (!page) return confluenceError(404, `Page ${ctx.params['page-id']} not found`);
    const key = ctx.query.get('key');
    const results = (page.properties ?? []).filter((p) => !key || p.key === key);
    return ok({ results, _links: {} });
  },
};

export const createPageProperty: Route = {
  operationId: 'createPageProperty',
  document: 'confluence-v2',
  method: 'POST',
  template: `${BASE}/pages/{page-id}/properties`,
  writes: true,
  handle(ctx) {
    const page = ctx.confluence?.pages.find((p) => p.id === ctx.params['page-id']);
    if (!page) return confluenceError(404, `Page ${ctx.params['page-id']} not found`);
    const req = (ctx.body ?? {}) as { key?: unknown; value?: unknown };
    if (typeof req.key !== 'string' || req.key === '') return confluenceError(400, 'key is required');
    page.properties ??= [];
    if (page.properties.some((p) => p.key === req.key))
      return confluenceError(409, `A property with key ${req.key} already exists`);
    const property = {
      id: String(80000 + page.properties.length + 1),
      key: req.key,
      value: req.value ?? null,
      version: { number: 1 },
    };
    page.properties.push(property);
    return ok(property);
  },
};
