import { fetch as forgeFetch } from '@forge/api';
import type { HttpGet } from './code-host-http';
import { readResponse } from '../fetch/read-response';

/** A code-host GET through Forge's egress-checked fetch (the hosts are declared in manifest.yml). */
export const forgeGet: HttpGet = async (url, headers) => readResponse(await forgeFetch(url, { headers }));
