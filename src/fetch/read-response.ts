import type { ApiRequest, ApiResponse } from './requester';
import { readJsonItems } from './json-items';

/**
 * Status, lower-cased headers and JSON of a fetch-like response (Jira, Confluence, code hosts):
 * an empty or non-JSON body gives null; errors carry the status. With `items`, a 2xx answer's
 * body is read as it streams (fetch's Response, which Forge's requestJira returns), its big
 * array element by element; without a stream body, whole.
 */
export async function readResponse(
  res: {
    status: number;
    headers: { forEach(cb: (value: string, key: string) => void): void };
    text(): Promise<string>;
    body?: unknown;
  },
  items?: ApiRequest['items'],
): Promise<ApiResponse> {
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => (headers[k.toLowerCase()] = v));
  const body = res.body as AsyncIterable<Uint8Array> | null | undefined;
  // A stand-in's body may be anything; only an async-iterable one is streamed.
  if (
    items &&
    res.status >= 200 &&
    res.status < 300 &&
    typeof body === 'object' &&
    body !== null &&
    Symbol.asyncIterator in body
  ) {
    let json: unknown = null;
    try {
      json = await readJsonItems(body, items.key, items.each);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error; // a network failure stays one
    }
    return { status: res.status, headers, json, itemsRead: true };
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? (JSON.parse(text) as unknown) : null;
  } catch {
    json = null;
  }
  return { status: res.status, headers, json };
}
