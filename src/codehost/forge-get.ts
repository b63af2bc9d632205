import { fetch as forgeFetch } from '@forge/api';
import type { HttpGet } from './code-host-http';
import { CODE_HOST_TIMEOUT_MS } from './code-host-http';
import { readResponse } from '../fetch/read-response';

/** A code-host GET through Forge's egress-checked fetch (the hosts are declared in manifest.yml), with a time-out. */
export const forgeGet: HttpGet = async (url, headers) =>
  readResponse(await forgeFetch(url, { headers, signal: AbortSignal.timeout(CODE_HOST_TIMEOUT_MS) }));
