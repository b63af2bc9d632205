import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PersonChoice, Result } from '../../src/app/contract';
import { DEMO_AT, DEMO_USERS } from '../../dev/demo/demo-snapshot';
import { ForgeHarness } from '../../dev/preview/forge-harness';
import { startLocalSite, type LocalSite } from '../../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../../dev/local-site/site-data';

/** The person pickers' resolver: Jira's user search as the signed-in user, and names for saved ids. */
const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as SiteData;
const { tess, dana, krycek } = DEMO_USERS;
const PROJECT = { extension: { type: 'jira:projectPage', project: { key: 'FW', id: '10000' } } };

let site: LocalSite;
let harness: ForgeHarness;
beforeEach(async () => {
  site = await startLocalSite(toSiteDataSet(DEMO), {
    admins: [tess.accountId],
    now: () => new Date(DEMO_AT),
    record: true,
  });
  harness = new ForgeHarness(site.url, () => new Date(DEMO_AT));
  harness.install();
});
afterEach(async () => {
  harness.uninstall();
  await site.close();
});

const search = (payload: unknown) =>
  harness.invoke('searchPeople', payload, PROJECT, tess.accountId) as Promise<Result<PersonChoice[]>>;

test('a name prefix finds the people, as the signed-in user; apps and deactivated users are left out', async () => {
  const r = await search({ query: 'Da' });
  expect(r.ok && r.data).toEqual([{ accountId: dana.accountId, displayName: 'Dana Scully' }]);
  // Alex Krycek is deactivated; Automation for Jira is an app.
  expect(await search({ query: 'alex' })).toEqual({ ok: true, data: [] });
  expect(await search({ query: 'automation' })).toEqual({ ok: true, data: [] });
  const calls = site.exchanges.filter((e) => e.route?.operationId === 'findUsers');
  expect(calls.map((e) => e.caller)).toEqual([tess.accountId, tess.accountId, tess.accountId]);
});

test('saved ids come back with names, first; an id Jira does not know shows as itself', async () => {
  const r = await search({ ids: [krycek.accountId, 'nobody-such'], query: 'scully' });
  expect(r.ok && r.data.map((p) => p.displayName)).toEqual(['Alex Krycek', 'nobody-such', 'Dana Scully']);
});

test('an over-long search is refused naming the field; an empty one finds nobody without asking Jira', async () => {
  const long = await search({ query: 'x'.repeat(101) });
  expect(long.ok ? null : [long.error.code, long.error.field]).toEqual(['BAD_REQUEST', 'query']);
  expect(await search({ query: '  ' })).toEqual({ ok: true, data: [] });
  expect(site.exchanges.filter((e) => e.route?.operationId === 'findUsers')).toHaveLength(0);
});
