import { ApiError, withQuery, type Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';
import type { AdfDoc } from '../jira/add-comment';

const PAGE = z
  .object({
    id: z.union([z.string(), z.number()]).transform(String),
    title: z.string().optional(),
    version: z.object({ number: z.number().int() }).loose().optional(),
    _links: z.object({ webui: z.string().optional() }).loose().optional(),
  })
  .loose();

export interface PageRef {
  id: string;
  version: number;
  /** The page's path in Confluence's UI (under /wiki). */
  webui: string | null;
}

const ref = (p: z.infer<typeof PAGE>): PageRef => ({
  id: p.id,
  version: p.version?.number ?? 1,
  webui: p._links?.webui ?? null,
});

/**
 * The current page with this exact title in the space, or null (Confluence keeps titles unique
 * per space, so this is how a re-publish finds the page it wrote before).
 * @see https://developer.atlassian.com/cloud/confluence/rest/v2/api-group-page/#api-pages-get
 */
export async function findPageByTitle(api: Requester, spaceId: string, title: string): Promise<PageRef | null> {
  const json = await readShaped(api, z.object({ results: z.array(PAGE).optional() }).loose(), {
    product: 'confluence',
    method: 'GET',
    path: withQuery('/wiki/api/v2/pages', { 'space-id': spaceId, title, status: 'current', limit: 5 }),
    purpose: `find the page "${title}"`,
  });
  const found = json.results?.[0];
  return found ? ref(found) : null;
}

/** A page's current version, or null when it is gone. */
export async function getPage(api: Requester, id: string): Promise<PageRef | null> {
  try {
    return ref(
      await readShaped(api, PAGE, {
        product: 'confluence',
        method: 'GET',
        path: `/wiki/api/v2/pages/${encodeURIComponent(id)}`,
        purpose: `read page ${id}`,
      }),
    );
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

const body = (doc: AdfDoc) => ({ representation: 'atlas_doc_format', value: JSON.stringify(doc) });

/**
 * Creates a page under `parentId`, its body in the Atlassian Document Format.
 * @see https://developer.atlassian.com/cloud/confluence/rest/v2/api-group-page/#api-pages-post
 */
export async function createPage(
  api: Requester,
  page: { spaceId: string; parentId: string | null; title: string; doc: AdfDoc },
): Promise<PageRef> {
  // Not idempotent: a create that may have landed is not sent again (a title lookup finds it).
  return ref(
    await readShaped(api, PAGE, {
      product: 'confluence',
      method: 'POST',
      path: '/wiki/api/v2/pages',
      body: {
        spaceId: page.spaceId,
        status: 'current',
        title: page.title,
        ...(page.parentId ? { parentId: page.parentId } : {}),
        body: body(page.doc),
      },
      purpose: `create the page "${page.title}"`,
    }),
  );
}

/**
 * Replaces a page's body as its next version (`version` is the current number).
 * @see https://developer.atlassian.com/cloud/confluence/rest/v2/api-group-page/#api-pages-id-put
 */
export async function updatePage(
  api: Requester,
  page: { id: string; title: string; version: number; doc: AdfDoc; message: string },
): Promise<PageRef> {
  return ref(
    await readShaped(api, PAGE, {
      product: 'confluence',
      method: 'PUT',
      path: `/wiki/api/v2/pages/${encodeURIComponent(page.id)}`,
      body: {
        id: page.id,
        status: 'current',
        title: page.title,
        body: body(page.doc),
        version: { number: page.version + 1, message: page.message },
      },
      // Not retried after a 5xx either: a landed update would answer the retry with a conflict.
      purpose: `update the page "${page.title}"`,
    }),
  );
}
