import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Result, CodeHostView, ReadingView } from '../../src/app/contract';
import { CodeHostService } from '../../src/app/codehost/code-host-service';
import { CodeHostClient, CodeHostError, type HttpGet } from '../../src/codehost/code-host-http';
import { fetchGet } from '../../src/codehost/fetch-get';
import { codeHostDemo, DEMO_REPO } from '../../dev/demo/code-host-demo';
import { generateConfluenceDemo } from '../../dev/demo/confluence-demo';
import { DEMO_AT, DEMO_USERS } from '../../dev/demo/demo-snapshot';
import { walk } from '../../src/engine/walk';
import { startLocalSite, type LocalSite } from '../../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../../dev/local-site/site-data';
import { ForgeHarness } from '../../dev/preview/forge-harness';
import { parseSettings } from '../../src/settings/schema';
import { KvsStore } from '../../src/stores/kvs-store';
import { InputError } from '../../src/core/input-error';

const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as SiteData;
const TESS = DEMO_USERS.tess.accountId;
const DANA = DEMO_USERS.dana.accountId;
const JOHN = DEMO_USERS.john.accountId;
const GITHUB_TOKEN = 'ghp_demo-code-token-1';
const BITBUCKET_TOKEN = 'bb-new-token-22';

let site: LocalSite;
let served: SiteData;
let harness: ForgeHarness;

beforeEach(async () => {
  served = toSiteDataSet(DEMO);
  site = await startLocalSite(served, {
    admins: [TESS],
    now: () => new Date(DEMO_AT),
    confluence: generateConfluenceDemo(),
    codeHost: codeHostDemo(DEMO),
    codeHostToken: GITHUB_TOKEN,
  });
  harness = new ForgeHarness(site.url, () => new Date(DEMO_AT));
  harness.install();
});
afterEach(async () => {
  harness.uninstall();
  await site.close();
});

const call = <T>(key: string, payload: unknown, context: object, accountId: string) =>
  harness.invoke(key, payload, context, accountId) as Promise<Result<T>>;

describe('faults a real site shows', () => {
  test('a walk in progress does not write back the code-host connection it read: an admin switch to Bitbucket stands', async () => {
    const bases = { github: `${site.url}/github`, bitbucket: `${site.url}/bitbucket/2.0` };
    const admin = new CodeHostService(new KvsStore(), { get: fetchGet, bases });
    await admin.save('FW', 'github', [DEMO_REPO], GITHUB_TOKEN);
    let switched = false;
    const slowGet: HttpGet = async (url, headers) => {
      if (!switched) {
        switched = true; // the admin saves another host while the walk reads GitHub
        await admin.save('FW', 'bitbucket', [DEMO_REPO], BITBUCKET_TOKEN);
      }
      return fetchGet(url, headers);
    };
    const walker = new CodeHostService(new KvsStore(), { get: slowGet, bases });
    await walker.development('FW', [{ id: '10005', key: 'FW-105' }], '2026-11-01T00:00:00.000Z', new Date(DEMO_AT));
    const view = await admin.view('FW', true);
    expect(view).toMatchObject({ provider: 'bitbucket', status: 'unread' });
    expect(await new KvsStore().getSecret('codehost-token:FW')).toBe(BITBUCKET_TOKEN);
  });

  test('switching hosts without a new token is refused: a GitHub token never goes to Bitbucket', async () => {
    const r1 = await call<CodeHostView>(
      'saveCodeHost',
      { provider: 'github', repositories: [DEMO_REPO], token: GITHUB_TOKEN },
      { extension: { project: { key: 'FW' } } },
      TESS,
    );
    expect(r1.ok).toBe(true);
    const r2 = await call<CodeHostView>(
      'saveCodeHost',
      { provider: 'bitbucket', repositories: [DEMO_REPO] },
      { extension: { project: { key: 'FW' } } },
      TESS,
    );
    expect(r2.ok ? null : [r2.error.code, r2.error.field]).toEqual(['BAD_REQUEST', 'token']);
  });

  test('a Focus comment whose POST got a 502 after Jira stored it is not posted twice', async () => {
    const comments = () =>
      (served.issues.find((i) => i.key === 'FW-105')?.fields.comment as { comments: unknown[] }).comments.length;
    const before = comments();
    site.setFaults({ statusAfterWrite: 502 });
    const r = await call(
      'postFocusComment',
      { kind: 'in', text: 'plan' },
      { extension: { project: { key: 'FW' }, issue: { key: 'FW-105' } } },
      JOHN,
    );
    expect(r.ok ? null : r.error.code).toBe('JIRA_UNAVAILABLE');
    expect(comments()).toBe(before + 1);
  });

  test('a next-page link to another host is not followed (the token stays home)', async () => {
    const seen: string[] = [];
    const get: HttpGet = (url) => {
      seen.push(url);
      return Promise.resolve({
        status: 200,
        headers: { link: '<https://collector.example/steal?page=2>; rel="next"' },
        json: [{ name: 'a' }],
      });
    };
    const client = new CodeHostClient({ get, token: 'secret' });
    await expect(
      client.allPages('https://api.github.com/repos/a/b/branches', 'branches', (json, headers) => ({
        items: json as unknown[],
        next: /<([^>]+)>/.exec(headers.link ?? '')?.[1] ?? null,
      })),
    ).rejects.toBeInstanceOf(CodeHostError);
    expect(seen).toEqual(['https://api.github.com/repos/a/b/branches']);
  });

  test.each(['../b', 'a/..', './b', 'a/.'])('repository %p is refused', async (repo) => {
    const r = await call<CodeHostView>(
      'saveCodeHost',
      { provider: 'github', repositories: [repo], token: GITHUB_TOKEN },
      { extension: { project: { key: 'FW' } } },
      TESS,
    );
    expect(r.ok ? null : [r.error.code, r.error.field]).toEqual(['BAD_REQUEST', 'repositories[0]']);
  });

  test('the 24-hour cap holds under concurrent logs', async () => {
    const macro = {
      timezone: 'Europe/Berlin',
      extension: { type: 'macro', config: { spaces: 'ENG', daysBack: '7', targetMinutes: '60' } },
    };
    const results = await Promise.all(
      Array.from({ length: 4 }, () => call<ReadingView['today']>('logReading', { minutes: 600 }, macro, DANA)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === 'BAD_REQUEST')).toBe(true);
    const today = await call<ReadingView>('getReading', {}, macro, DANA);
    expect(today.ok && today.data.today.minutes).toBe(1200);
  });
});

describe('settings patterns cannot hang a walk', () => {
  test('a pattern that could backtrack catastrophically runs in linear time: the walk finishes', () => {
    const snapshot = JSON.parse(JSON.stringify(DEMO)) as SiteData;
    const issue = snapshot.issues.find((i) => i.key === 'FW-105');
    const page = issue?.fields.comment as { comments: Array<Record<string, unknown>> };
    page.comments.push({
      ...page.comments[0],
      id: '999999',
      body: 'a'.repeat(20000) + '!',
      created: '2026-11-19T09:00:00.000+0000',
    });
    const settings = { blockerPattern: '^(\\w+\\s?)*$', focusInPattern: '^(a|aa)+$' };
    const report = walk(snapshot, settings, DEMO_AT);
    expect(report.members.length).toBeGreaterThan(0);
  });

  test('a pattern that is risky and needs back-references is refused, naming the setting', () => {
    let error: unknown;
    try {
      parseSettings({ commitPattern: '^(a+)+\\1$' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).path).toBe('commitPattern');
  });
});
