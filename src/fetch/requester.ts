import { FocusWalkError, type ErrorCode } from '../core/errors';

/**
 * The one way the code talks to Jira and Confluence: method, path, body -> status, headers, json.
 * Implementations: Forge's requestJira / requestConfluence (forge-requester.ts) and fetch with
 * basic auth against a base URL (fetch-requester.ts). Nothing else calls HTTP.
 */
export type Product = 'jira' | 'confluence';
export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface ApiRequest {
  product: Product;
  method: Method;
  /** Path and query, e.g. `/rest/api/3/field` or `/rest/agile/1.0/board?type=scrum`. */
  path: string;
  body?: unknown;
  /** What the call is for, in error messages: "read the project FW". */
  purpose: string;
  /**
   * Whether sending the request twice is harmless. GETs are; a POST is not unless it only reads
   * (a search, a bulk read): a POST that may have landed is never retried after a 5xx.
   */
  idempotent?: boolean;
  /** Aborts the request (the retrying requester's time-out). */
  signal?: AbortSignal;
  /**
   * A large answer's one big array (a bulk fetch's `issues`): each element goes through `each` as
   * it is read, and `json[key]` holds what `each` returned (json-items.ts). A requester that
   * cannot stream may leave this to the caller: `itemsRead` says whether it was done.
   */
  items?: { key: string; each: (item: unknown) => unknown };
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  /** Parsed JSON body; null when the body was empty or not JSON. */
  json: unknown;
  /** The request's `items` were put through `each` (by the requester, while reading). */
  itemsRead?: boolean;
}

export interface Requester {
  request(req: ApiRequest): Promise<ApiResponse>;
}

/** A non-2xx answer (after retries), a network failure or time-out (status 0), or an answer of the wrong shape. */
export class ApiError extends FocusWalkError {
  override name = 'ApiError';
  get code(): ErrorCode {
    return this.status === 403 ? 'FORBIDDEN' : this.status === 404 ? 'NOT_FOUND' : 'JIRA_UNAVAILABLE';
  }
  /**
   * Whether the request may have been carried out: no answer or a 5xx may have landed; a 4xx
   * (429 included) was refused; a request that never left (out of time before it was sent) did not.
   */
  readonly mayHaveLanded: boolean;

  constructor(
    readonly request: Pick<ApiRequest, 'method' | 'path' | 'purpose'>,
    readonly status: number,
    readonly reason: string,
    mayHaveLanded?: boolean,
  ) {
    super(
      `could not ${request.purpose}: ${status ? `HTTP ${status}` : 'network error'}${reason ? ` (${reason})` : ''} on ${request.method} ${request.path.split('?')[0]}`,
    );
    this.mayHaveLanded = mayHaveLanded ?? (status === 0 || (status >= 500 && status !== 503));
  }
}

/** Jira's error bodies: `{ errorMessages: [...], errors: { field: message } }`. */
export function errorReason(json: unknown): string {
  if (!json || typeof json !== 'object') return '';
  const { errorMessages, errors, message } = json as { errorMessages?: unknown; errors?: unknown; message?: unknown };
  const parts: string[] = [];
  if (Array.isArray(errorMessages)) parts.push(...errorMessages.filter((m): m is string => typeof m === 'string'));
  if (errors && typeof errors === 'object') parts.push(...Object.entries(errors).map(([k, v]) => `${k}: ${String(v)}`));
  if (typeof message === 'string') parts.push(message);
  return parts.join('; ');
}

/** Builds `path?a=1&b=2&b=3` from a query object (arrays repeat the key, as Jira expects). */
export function withQuery(
  path: string,
  query: Record<string, string | number | boolean | readonly string[] | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value as readonly string[]) params.append(key, v);
    else params.append(key, String(value));
  }
  const q = params.toString();
  return q ? `${path}?${q}` : path;
}
