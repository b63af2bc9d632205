import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fetchSnapshot } from '../../src/fetch/fetch-snapshot';
import { ForgeRequester } from '../../src/fetch/forge-requester';
import { RetryingRequester } from '../../src/fetch/retrying-requester';
import type { LocalSite } from '../../dev/local-site/server';
import { withSite } from '../support/site';

const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as unknown;

type ForgeGlobal = typeof globalThis & {
  __forge_fetch__?: (meta: { provider: string; remote: string }, path: string, init: RequestInit) => Promise<Response>;
};

/** What Forge's runtime does for requestJira, routed to the local site: @forge/api runs unchanged. */
function routeForgeTo(site: LocalSite, seen: Array<{ provider: string; remote: string }>): void {
  (globalThis as ForgeGlobal).__forge_fetch__ = (meta, path, init) => {
    seen.push({ provider: meta.provider, remote: meta.remote });
    const headers = {
      ...(init.headers as Record<string, string>),
      Authorization: `Basic ${Buffer.from('forge:token').toString('base64')}`,
    };
    return fetch(`${site.url}${path}`, { ...init, headers });
  };
}

describe('ForgeRequester', () => {
  afterEach(() => delete (globalThis as ForgeGlobal).__forge_fetch__);

  test('asUser: the same snapshot through @forge/api requestJira', async () => {
    await withSite(DEMO, {}, async (site, served) => {
      const seen: Array<{ provider: string; remote: string }> = [];
      routeForgeTo(site, seen);
      const fetched = await fetchSnapshot(new RetryingRequester(new ForgeRequester('user')), { projectKey: 'FW' });
      expect((fetched.issues as unknown[]).length).toBe(served.issues.length);
      expect(new Set(seen.map((s) => `${s.provider}/${s.remote}`))).toEqual(new Set(['user/jira']));
    });
  });

  test('asApp for the daily trigger', async () => {
    await withSite(DEMO, {}, async (site) => {
      const seen: Array<{ provider: string; remote: string }> = [];
      routeForgeTo(site, seen);
      const response = await new ForgeRequester('app').request({
        product: 'jira',
        method: 'GET',
        path: '/rest/api/3/project/FW',
        purpose: 'read the project',
      });
      expect(response.status).toBe(200);
      expect((response.json as { key: string }).key).toBe('FW');
      expect(seen).toEqual([{ provider: 'app', remote: 'jira' }]);
    });
  });
});
