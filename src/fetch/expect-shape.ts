import type { z } from 'zod';
import { formatPath } from '../core/input-error';
import { ApiError, type ApiRequest, type ApiResponse, type Requester } from './requester';

/**
 * The boundary check of every answer the app reads: a 2xx whose body is not the JSON the call
 * expects (an HTML login page behind a proxy, a changed API) becomes an ApiError naming the
 * call and the first bad field, never a raw TypeError further in.
 */
export function expectShape<T>(
  schema: z.ZodType<T>,
  json: unknown,
  req: Pick<ApiRequest, 'method' | 'path' | 'purpose'>,
  status = 200,
): T {
  if (json === null) throw new ApiError(req, status, 'the answer was not JSON');
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue ? formatPath(issue.path) : '';
  throw new ApiError(req, status, `unexpected answer${where ? ` at ${where}` : ''}: ${issue?.message ?? 'invalid'}`);
}

/** One request whose answer must have `schema`'s shape. */
export async function readShaped<T>(api: Requester, schema: z.ZodType<T>, req: ApiRequest): Promise<T> {
  const response: ApiResponse = await api.request(req);
  return expectShape(schema, response.json, req, response.status);
}
