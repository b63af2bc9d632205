import { readResponse } from './read-response';
import type { ApiRequest, ApiResponse, Requester } from './requester';

/**
 * Jira Cloud's REST API over plain fetch with basic auth (email + API token), for the command
 * line. Confluence lives under `/wiki` on the same site. The token never leaves this object.
 */
export class FetchRequester implements Requester {
  private readonly base: string;
  private readonly authorization: string;

  constructor(site: string, email: string, token: string) {
    this.base = site.replace(/\/+$/, '');
    this.authorization = `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`;
  }

  async request(req: ApiRequest): Promise<ApiResponse> {
    const response = await fetch(`${this.base}${req.path}`, {
      method: req.method,
      headers: {
        Authorization: this.authorization,
        Accept: 'application/json',
        ...(req.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
      ...(req.signal ? { signal: req.signal } : {}),
    });
    return readResponse(response, req.items);
  }
}
