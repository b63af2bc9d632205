/**
 * Forge's published storage limits, which the stand-in enforces with Forge's error codes.
 * Sources (checked 2026-11-22): Atlassian, "KVS and Custom Entity Store limits" (key length
 * 500, key format, value 240 KiB, object depth 31); "Error handling for the Key-Value Store" and
 * "... for the Custom Entity Store" (INVALID_KEY, KEY_TOO_LONG, EMPTY_KEY, MAX_SIZE, MAX_DEPTH,
 * KEY_NOT_FOUND, page limit 1-100); "KVS Transactions" (25 operations, unique keys, 4 MB).
 */
export const KVS_LIMITS = {
  keyLength: 500,
  keyPattern: /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/,
  valueBytes: 240 * 1024,
  depth: 31,
  pageMin: 1,
  pageMax: 100,
  /** The page size when a query names none. */
  pageDefault: 10,
  transactionOps: 25,
  requestBytes: 4 * 1024 * 1024,
} as const;

export class KvsFault extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function checkKey(key: unknown): string {
  if (typeof key !== 'string' || key.length === 0) throw new KvsFault(400, 'EMPTY_KEY', 'Key cannot be empty.');
  if (key.length > KVS_LIMITS.keyLength)
    throw new KvsFault(
      400,
      'KEY_TOO_LONG',
      `The provided key has exceeded the maximum ${KVS_LIMITS.keyLength} characters.`,
    );
  if (!KVS_LIMITS.keyPattern.test(key))
    throw new KvsFault(
      400,
      'INVALID_KEY',
      `The provided key does not match the regex: ${String(KVS_LIMITS.keyPattern)}`,
    );
  return key;
}

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let deepest = 0;
  for (const v of Object.values(value as Record<string, unknown>)) deepest = Math.max(deepest, depthOf(v));
  return deepest + 1;
}

/** The value's persisted size (its JSON, in bytes). */
export function checkValue(value: unknown): number {
  if (value === undefined) throw new KvsFault(400, 'INVALID_VALUE', 'A value is required.');
  const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8');
  if (bytes > KVS_LIMITS.valueBytes)
    throw new KvsFault(
      400,
      'MAX_SIZE',
      `The provided value has exceeded the maximum size limit (${bytes} bytes > ${KVS_LIMITS.valueBytes}).`,
    );
  if (depthOf(value) > KVS_LIMITS.depth)
    throw new KvsFault(
      400,
      'MAX_DEPTH',
      `The provided value has exceeded the maximum object depth (${KVS_LIMITS.depth}) limit.`,
    );
  return bytes;
}

export function checkLimit(limit: unknown): number {
  if (limit === undefined || limit === null) return KVS_LIMITS.pageDefault;
  if (
    typeof limit !== 'number' ||
    !Number.isInteger(limit) ||
    limit < KVS_LIMITS.pageMin ||
    limit > KVS_LIMITS.pageMax
  ) {
    throw new KvsFault(
      400,
      'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE',
      `The page limit must be set between ${KVS_LIMITS.pageMin} and ${KVS_LIMITS.pageMax}.`,
    );
  }
  return limit;
}
