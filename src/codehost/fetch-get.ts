import type { HttpGet } from './code-host-http';
import { readResponse } from '../fetch/read-response';

/** A code-host GET over plain fetch (the CLI, the preview, the tests). */
export const fetchGet: HttpGet = async (url, headers) => readResponse(await fetch(url, { headers }));
