import type { RepoData } from '../../demo/code-host-demo';
import type { Reply, RouteContext } from '../route';

export const notFound = (): Reply => ({ status: 404, json: { message: 'Not Found' } });

/** The stand-in's repository `owner/name` (GitHub) or `workspace/slug` (Bitbucket). */
export function repoOf(ctx: RouteContext, owner: string | undefined, name: string | undefined): RepoData | undefined {
  return ctx.codeHost?.[`${owner ?? ''}/${name ?? ''}`];
}
