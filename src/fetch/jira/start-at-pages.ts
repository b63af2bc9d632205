import { withQuery, type Requester } from '../requester';

/** Every item of a `startAt` / `maxResults` / `total` paged list (comments, worklogs). */
export async function allStartAtPages(api: Requester, path: string, list: 'comments' | 'worklogs', pageSize: number, purpose: string): Promise<unknown[]> {
  const items: unknown[] = [];
  for (let startAt = 0; ; ) {
    const { json } = await api.request({ product: 'jira', method: 'GET', path: withQuery(path, { startAt, maxResults: pageSize }), purpose });
    const page = json as Partial<Record<typeof list, unknown[]>> & { total?: number };
    const got = page[list] ?? [];
    items.push(...got);
    startAt += got.length;
    if (got.length === 0 || startAt >= (page.total ?? 0)) return items;
  }
}
