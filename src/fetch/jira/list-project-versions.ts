import { withQuery, type Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';

const PAGE = 50;

const versionShape = z
  .object({ id: z.string(), name: z.string(), released: z.boolean().optional(), archived: z.boolean().optional() })
  .loose();

export type VersionBean = z.output<typeof versionShape>;

/**
 * The project's unreleased, unarchived versions with their issue counts by status category
 * (`expand=issuesstatus`), every page of them.
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-project-versions/#api-rest-api-3-project-projectidorkey-version-get
 */
export async function listProjectVersions(api: Requester, projectKey: string): Promise<VersionBean[]> {
  const out: VersionBean[] = [];
  for (let startAt = 0; ;) {
    const json = await readShaped(
      api,
      z.object({
        values: z.array(versionShape).optional(),
        isLast: z.boolean().optional(),
        total: z.number().optional(),
      }),
      {
        product: 'jira',
        method: 'GET',
        path: withQuery(`/rest/api/3/project/${encodeURIComponent(projectKey)}/version`, {
          startAt,
          maxResults: PAGE,
          status: 'unreleased',
          expand: 'issuesstatus',
          orderBy: 'sequence',
        }),
        purpose: `read the versions of ${projectKey}`,
      },
    );
    const got = json.values ?? [];
    out.push(...got.filter((v) => v.released !== true && v.archived !== true));
    startAt += got.length;
    if (json.isLast !== false || got.length === 0) return out;
  }
}
