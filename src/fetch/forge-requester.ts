import api, { assumeTrustedRoute } from '@forge/api';
import { readResponse } from './read-response';
import type { ApiRequest, ApiResponse, Requester } from './requester';

/**
 * Jira and Confluence through Forge: `asUser()` so that nobody sees an issue they may not
 * (the default), `asApp()` for the daily trigger, which has no user.
 * Paths are built by the fetch layer from validated values and encoded parts, hence
 * `assumeTrustedRoute` rather than the `route` template tag.
 */
export class ForgeRequester implements Requester {
  constructor(private readonly as: 'user' | 'app' = 'user') {}

  async request(req: ApiRequest): Promise<ApiResponse> {
    const client = this.as === 'user' ? api.asUser() : api.asApp();
    const send = req.product === 'jira' ? client.requestJira : client.requestConfluence;
    const response = await send(assumeTrustedRoute(req.path), {
      method: req.method,
      headers: {
        Accept: 'application/json',
        ...(req.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
      ...(req.signal ? { signal: req.signal } : {}),
    });
    return readResponse(response, req.items);
  }
}
