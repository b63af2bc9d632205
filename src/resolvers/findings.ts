import { findingsPage } from '../app/walks/findings-page';
import { accountIdOf, projectKeyOf } from './context';
import { handler } from './handler';
import type { Services } from './deps';

/** The Findings tab's resolver: a page of the stored walk's findings, filtered and cut to the viewer on the server. */
export function findingsResolvers({ deps, walkDeps }: Services) {
  return {
    getFindings: handler('getFindings', async (query, context) => ({
      ok: true,
      data: await findingsPage(walkDeps, deps.requester('user'), projectKeyOf(context), accountIdOf(context), query),
    })),
  };
}
