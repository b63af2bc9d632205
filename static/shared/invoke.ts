import { invoke as forgeInvoke } from '@forge/bridge';
import type { ResolverKey, Resolvers, Result } from '../../src/app/contract';

/** One typed call per resolver key; the answer is always the uniform Result. */
export async function call<K extends ResolverKey>(
  key: K,
  payload: Resolvers[K]['payload'],
): Promise<Result<Resolvers[K]['response']>> {
  try {
    return (await forgeInvoke(key, payload as Record<string, unknown>)) as Result<Resolvers[K]['response']>;
  } catch (error) {
    return { ok: false, error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) } };
  }
}
