import { withQuery, type Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';

/** @see https://developer.atlassian.com/cloud/confluence/rest/v2/api-group-space/#api-spaces-get */
export interface SpaceRef {
  id: string;
  key: string;
  name: string;
}

const PAGE = z.object({
  results: z
    .array(z.object({ id: z.union([z.string(), z.number()]), key: z.string(), name: z.string() }).loose())
    .optional(),
  _links: z.object({ next: z.string().optional() }).loose().optional(),
});

/** The spaces with these keys (all the reader can see when `keys` is empty), by cursor pages. */
export async function findSpaces(api: Requester, keys: readonly string[]): Promise<SpaceRef[]> {
  const spaces: SpaceRef[] = [];
  let path: string | undefined = withQuery('/wiki/api/v2/spaces', {
    keys: keys.length ? keys.join(',') : undefined,
    limit: 250,
  });
  while (path) {
    const page: z.infer<typeof PAGE> = await readShaped(api, PAGE, {
      product: 'confluence',
      method: 'GET',
      path,
      purpose: `read the spaces ${keys.join(', ') || '(all)'}`,
    });
    spaces.push(...(page.results ?? []).map((s) => ({ id: String(s.id), key: s.key, name: s.name })));
    path = page._links?.next;
  }
  return spaces;
}
