import type { HttpGet } from './code-host-http';
import { CODE_HOST_TIMEOUT_MS } from './code-host-http';
import { readResponse } from '../fetch/read-response';

/** A code-host GET over plain fetch (the CLI), with the code hosts' time-out. */
export const fetchGet: HttpGet = async (url, headers) =>
  readResponse(await fetch(url, { headers, signal: AbortSignal.timeout(CODE_HOST_TIMEOUT_MS) }));
