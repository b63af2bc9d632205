import { withQuery, type Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';

/** @see https://developer.atlassian.com/cloud/confluence/rest/v2/api-group-page/#api-pages-get */
export interface ContentRef {
  id: string;
  title: string;
  spaceId: string;
  authorId: string;
  version: { createdAt: string; authorId?: string; number?: number };
  _links?: { webui?: string };
}

const CONTENT = z
  .object({
    id: z.string(),
    title: z.string(),
    spaceId: z.string(),
    authorId: z.string(),
    version: z
      .object({ createdAt: z.string(), authorId: z.string().optional(), number: z.number().optional() })
      .loose(),
    _links: z.object({ webui: z.string().optional() }).loose().optional(),
  })
  .loose();
const PAGE = z.object({
  results: z.array(CONTENT).optional(),
  _links: z.object({ next: z.string().optional() }).loose().optional(),
});

/**
 * Pages or blog posts of the spaces modified since `since`, newest first: cursor pages sorted
 * by -modified-date, stopping at the first item older than `since`.
 */
export async function updatedContent(
  api: Requester,
  kind: 'pages' | 'blogposts',
  spaceIds: readonly string[],
  since: number,
): Promise<ContentRef[]> {
  const out: ContentRef[] = [];
  let path: string | undefined = withQuery(`/wiki/api/v2/${kind}`, {
    'space-id': spaceIds.join(','),
    sort: '-modified-date',
    limit: 100,
  });
  while (path) {
    const page: z.infer<typeof PAGE> = await readShaped(api, PAGE, {
      product: 'confluence',
      method: 'GET',
      path,
      purpose: `read the ${kind === 'pages' ? 'pages' : 'blog posts'} of the followed spaces`,
    });
    for (const item of page.results ?? []) {
      if (Date.parse(item.version.createdAt) < since) return out;
      out.push(item);
    }
    path = page._links?.next;
  }
  return out;
}
