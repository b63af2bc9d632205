import { withQuery, type Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';

/**
 * The content property Focus Walk sets on every page it creates: how it knows its own pages (a
 * user's page with the same title is never adopted, never overwritten).
 */
export const OWN_PAGE_PROPERTY = 'focus-walk-status-report';

const PROPERTIES = z.object({ results: z.array(z.object({ key: z.string() }).loose()).optional() }).loose();

/**
 * Whether the page carries Focus Walk's property.
 * @see https://developer.atlassian.com/cloud/confluence/rest/v2/api-group-content-properties/#api-pages-page-id-properties-get
 */
export async function isOwnPage(api: Requester, pageId: string): Promise<boolean> {
  const json = await readShaped(api, PROPERTIES, {
    product: 'confluence',
    method: 'GET',
    path: withQuery(`/wiki/api/v2/pages/${encodeURIComponent(pageId)}/properties`, { key: OWN_PAGE_PROPERTY }),
    purpose: `read the properties of page ${pageId}`,
  });
  return (json.results ?? []).some((p) => p.key === OWN_PAGE_PROPERTY);
}

/**
 * Marks a page Focus Walk just created as its own.
 * @see https://developer.atlassian.com/cloud/confluence/rest/v2/api-group-content-properties/#api-pages-page-id-properties-post
 */
export async function markOwnPage(
  api: Requester,
  pageId: string,
  value: { project: string; week: string },
): Promise<void> {
  await readShaped(api, z.object({ key: z.string() }).loose(), {
    product: 'confluence',
    method: 'POST',
    path: `/wiki/api/v2/pages/${encodeURIComponent(pageId)}/properties`,
    body: { key: OWN_PAGE_PROPERTY, value },
    purpose: `mark page ${pageId} as Focus Walk's`,
  });
}
