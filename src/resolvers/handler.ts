import { toInputError } from '../core/zod-input-error';
import { ForgeKvsAPIError } from '@forge/kvs';
import { FocusWalkError } from '../core/errors';
import type { ErrorCode, ResolverKey, Resolvers, Result } from '../app/contract';
import { type InvocationContext } from './context';
import { PAYLOADS } from './payloads';

export type Handler<K extends ResolverKey> = (req: {
  payload: unknown;
  context: InvocationContext;
}) => Promise<Result<Resolvers[K]['response']>>;

export const fail = (
  code: ErrorCode,
  message: string,
  field?: string,
  problems?: ReadonlyArray<{ field: string; message: string }>,
): Result<never> => ({
  ok: false,
  error: { code, message, ...(field ? { field } : {}), ...(problems?.length ? { problems: [...problems] } : {}) },
});

/** Validates the payload, runs the body, and turns every failure into the one error shape. */
export function handler<K extends ResolverKey>(
  key: K,
  body: (payload: Resolvers[K]['payload'], context: InvocationContext) => Promise<Result<Resolvers[K]['response']>>,
): Handler<K> {
  return async ({ payload, context }) => {
    const parsed = PAYLOADS[key].safeParse(payload ?? {});
    if (!parsed.success) {
      const error = toInputError('payload', parsed.error);
      return fail('BAD_REQUEST', error.message, error.path, error.problems);
    }
    try {
      return await body(parsed.data, context ?? {});
    } catch (error) {
      if (error instanceof FocusWalkError)
        return fail(error.code, error.message, error.field, (error as { problems?: [] }).problems);
      if (error instanceof ForgeKvsAPIError) {
        // A storage error is never success, nor "already done": it is said, and may be tried again.
        console.error(`resolver ${key}: storage refused`, error.code, error.message);
        return fail(
          error.responseDetails.status === 429 ? 'BUSY' : 'INTERNAL',
          `Forge storage refused the request (${error.code}): nothing was changed; try again.`,
        );
      }
      console.error(`resolver ${key} failed`, error);
      return fail('INTERNAL', 'Focus Walk hit an unexpected error; the details are in the app logs.');
    }
  };
}
