import { withQuery, type Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';

/** Every item of a `startAt` / `maxResults` / `total` paged list (comments, worklogs). */
export async function allStartAtPages(
  api: Requester,
  path: string,
  list: 'comments' | 'worklogs',
  pageSize: number,
  purpose: string,
): Promise<unknown[]> {
  const items: unknown[] = [];
  for (let startAt = 0; ;) {
    const page = await readShaped(
      api,
      z.object({ [list]: z.array(z.unknown()).optional(), total: z.number().optional() }),
      { product: 'jira', method: 'GET', path: withQuery(path, { startAt, maxResults: pageSize }), purpose },
    );
    const got = (page[list] as unknown[] | undefined) ?? [];
    items.push(...got);
    startAt += got.length;
    if (got.length === 0 || startAt >= ((page.total as number | undefined) ?? 0)) return items;
  }
}
