import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeHostView, Finding, FindingsPage, Result, WalkView } from '../../src/app/contract';
import { allFindings } from '../support/findings';
import { codeHostDemo, DEMO_REPO } from '../../dev/demo/code-host-demo';
import { DEMO_AT, DEMO_USERS } from '../../dev/demo/demo-snapshot';
import { startLocalSite, type LocalSite } from '../../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../../dev/local-site/site-data';
import { ForgeHarness } from '../../dev/preview/forge-harness';

const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as SiteData;
const TESS = DEMO_USERS.tess.accountId;
const TOKEN = 'ghp_focuswalk_test_token_4711';
const PROJECT = { extension: { project: { key: 'FW' } } };

let site: LocalSite;
let harness: ForgeHarness;
let logs: string[];

async function startWith(options: { githubRateLimit?: number } = {}) {
  site = await startLocalSite(toSiteDataSet(DEMO), {
    admins: [TESS],
    now: () => new Date(DEMO_AT),
    codeHost: codeHostDemo(DEMO),
    codeHostToken: TOKEN,
    record: true,
    ...options,
  });
  harness = new ForgeHarness(site.url, () => new Date(DEMO_AT));
  harness.install();
}

beforeEach(() => {
  logs = [];
  for (const level of ['log', 'error', 'warn', 'info'] as const)
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void logs.push(args.map(String).join(' ')));
});
afterEach(async () => {
  jest.restoreAllMocks();
  harness.uninstall();
  await site.close();
});

const call = <T>(key: string, payload: unknown) => harness.invoke(key, payload, PROJECT, TESS) as Promise<Result<T>>;
function data<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data;
}
/** Walks as the TPM, then pages every finding of the walk as the Findings tab does. */
async function walkedFindings(): Promise<Finding[]> {
  data((await harness.walkNow(PROJECT, TESS)) as Result<WalkView>);
  return allFindings((q) => call<FindingsPage>('getFindings', q));
}
const codes = (findings: readonly Finding[]) =>
  findings
    .filter((f) => f.check === 'smart-commit' || f.check === 'review-pr')
    .map((f) => `${f.check}/${f.code} ${f.issueKey}`);

describe.each(['github', 'bitbucket'] as const)('linked code from %s, against the local site', (provider) => {
  test('each problem is found once, with a link to it', async () => {
    await startWith();
    data(await call<CodeHostView>('saveCodeHost', { provider, repositories: [DEMO_REPO], token: TOKEN }));
    const findings = await walkedFindings();
    expect(codes(findings).sort()).toEqual(
      [
        'smart-commit/branch-name FW-105', // john/FW-105-login-fix: wrong prefix
        'smart-commit/branch-name FW-120', // krycek-wip-FW-120
        'smart-commit/commit-message FW-120', // "wip stuff" (the key only in the body)
        'smart-commit/smart-commit-syntax FW-120', // "#time two hours"
        'smart-commit/no-dev FW-133',
        'smart-commit/no-dev FW-135',
        'review-pr/no-pr FW-132',
        'review-pr/too-large FW-131', // 600 lines
        'review-pr/no-approval FW-131',
        'review-pr/no-key FW-131', // linked by its branch, no key in the title
        'review-pr/stale FW-131',
      ].sort(),
    );
    const large = findings.find((f) => f.code === 'too-large');
    expect(large?.data.url).toMatch(
      provider === 'github'
        ? /^https:\/\/github\.com\/acme\/focus-walk-demo\/pull\/131$/
        : /^https:\/\/bitbucket\.org\/acme\/focus-walk-demo\/pull-requests\/131$/,
    );
    expect(data(await call<CodeHostView>('getCodeHost', {}))).toMatchObject({
      provider,
      status: 'ok',
      repositories: [DEMO_REPO],
    });
  });

  test('the delivery gates from the code host: CI before review, approvals and CI at merge, done means merged', async () => {
    await startWith();
    data(await call<CodeHostView>('saveCodeHost', { provider, repositories: [DEMO_REPO], token: TOKEN }));
    const findings = await walkedFindings();
    const gates = findings
      .filter((f) => f.check === 'ci' || f.check === 'merge' || f.check === 'done')
      .map((f) => `${f.check}/${f.code} ${f.issueKey}`);
    expect(gates.sort()).toEqual(
      [
        'ci/failing FW-131', // unit tests fail on the head commit
        'ci/missing FW-110', // in review, no CI ran
        'merge/ci-failed FW-108', // merged while lint failed
        'merge/unapproved FW-109', // merged with no approval
        'done/open-pr FW-109', // closed with a follow-up still open
        'done/open-subtasks FW-109',
      ].sort(),
    );
    const failing = findings.find((f) => f.check === 'ci' && f.code === 'failing');
    expect(failing?.data.failed).toEqual(['unit tests']);
  });

  test('the token never appears in a response, a log line or the recorded walk', async () => {
    await startWith();
    const answers = [
      await call('saveCodeHost', { provider, repositories: [DEMO_REPO], token: TOKEN }),
      await harness.walkNow(PROJECT, TESS),
      await call('getCodeHost', {}),
      await call('getSettings', {}),
    ];
    for (const a of answers) expect(JSON.stringify(a)).not.toContain(TOKEN);
    expect(logs.join('\n')).not.toContain(TOKEN);
    const stored = harness.runtime.kvs.values(); // everything but secret storage
    expect(Object.keys(stored).length).toBeGreaterThan(3);
    for (const value of Object.values(stored)) expect(JSON.stringify(value)).not.toContain(TOKEN);
  });

  test('a revoked token (401): "reconnect" in the settings, and the walk still reports', async () => {
    await startWith();
    data(await call('saveCodeHost', { provider, repositories: [DEMO_REPO], token: 'revoked-token-0000' }));
    const findings = await walkedFindings();
    expect(findings.length).toBeGreaterThan(10);
    expect(codes(findings)).toContain('smart-commit/no-dev FW-133'); // Jira's Development counts still apply
    const settings = data(await call<CodeHostView>('getCodeHost', {}));
    expect(settings.status).toBe('reconnect');
    expect(settings.message).toMatch(/reconnect/);
    expect(settings.message).not.toContain('revoked-token-0000');
  });
});

describe('code hosts: limits and the calls a walk makes', () => {
  test("GitHub's rate limit (x-ratelimit-remaining: 0) is waited out, not failed", async () => {
    await startWith({ githubRateLimit: 8 });
    data(await call('saveCodeHost', { provider: 'github', repositories: [DEMO_REPO], token: TOKEN }));
    const findings = await walkedFindings();
    expect(codes(findings)).toContain('review-pr/too-large FW-131');
    const limited = site.exchanges.filter((e) => e.route?.document === 'github' && e.status === 403);
    expect(limited.length).toBeGreaterThan(0);
  }, 30000);

  test('list endpoints, not a call per issue per repository', async () => {
    await startWith();
    data(await call('saveCodeHost', { provider: 'github', repositories: [DEMO_REPO], token: TOKEN }));
    site.resetCounts();
    data((await harness.walkNow(PROJECT, TESS)) as Result<WalkView>);
    const github = Object.entries(site.counts).filter(([op]) => op.startsWith('repos/') || op.startsWith('pulls/'));
    const ci = Object.entries(site.counts).filter(([op]) => op.startsWith('checks/') || op.includes('combined-status'));
    // branches, commits, pulls: one listing each; size for the 3 open keyed pull requests; reviews
    // and the head commit's CI (check runs and combined status) for those 3 and the 2 merged in the sprint.
    expect(Object.fromEntries(github)).toEqual({
      'repos/list-branches': 1,
      'repos/list-commits': 1,
      'pulls/list': 1,
      'pulls/get': 3,
      'pulls/list-reviews': 5,
      'repos/get-combined-status-for-ref': 5,
    });
    expect(Object.fromEntries(ci)).toEqual({ 'checks/list-for-ref': 5, 'repos/get-combined-status-for-ref': 5 });
  });

  test('only admins connect a code host; a connection needs a token and a repository', async () => {
    await startWith();
    const refused = (await harness.invoke(
      'saveCodeHost',
      { provider: 'github', repositories: [DEMO_REPO], token: TOKEN },
      PROJECT,
      DEMO_USERS.john.accountId,
    )) as Result<unknown>;
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
    const noToken = await call('saveCodeHost', { provider: 'github', repositories: [DEMO_REPO] });
    expect(noToken.ok ? null : noToken.error.field).toBe('token');
    const noRepo = await call('saveCodeHost', { provider: 'github', repositories: [], token: TOKEN });
    expect(noRepo.ok ? null : noRepo.error.field).toBe('repositories');
    const badRepo = await call('saveCodeHost', { provider: 'github', repositories: ['not a repo'], token: TOKEN });
    expect(badRepo.ok ? null : badRepo.error.field).toBe('repositories[0]');
  });
});
