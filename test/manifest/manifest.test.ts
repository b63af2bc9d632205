import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { forgeLint } from '../../scripts/forge-lint';
import { ATLASSIAN_ROUTES as ROUTES } from '../../dev/local-site/routes';
import { OpenApi } from '../support/openapi';

const ROOT = join(__dirname, '..', '..');
const manifest = parse(readFileSync(join(ROOT, 'manifest.yml'), 'utf8')) as {
  permissions: { scopes: string[] };
  app: { runtime: { name: string } };
};

describe('manifest.yml', () => {
  test("validates and lints clean with Forge's own validator and client-side linters (offline)", async () => {
    const result = await forgeLint(ROOT);
    expect(result.manifestErrors).toEqual([]);
    expect({ errors: result.errors, warnings: result.warnings }).toEqual({ errors: 0, warnings: 0 });
  }, 60000);

  test('the runtime is nodejs22.x', () => {
    expect(manifest.app.runtime.name).toBe('nodejs22.x');
  });

  test('the scopes are exactly what the Jira operations the app calls need (OpenAPI "Current" scopes), plus storage', () => {
    const api = new OpenApi();
    const needed = new Set<string>(['storage:app']);
    for (const route of ROUTES) {
      const op = api.operation(route.document, route.method, route.template.replace(/\{\w+\}/g, 'x'));
      expect(op).not.toBeNull();
      const scopes = (
        op?.spec as { 'x-atlassian-oauth2-scopes'?: Array<{ state: string; scopes: string[] }> } | undefined
      )?.['x-atlassian-oauth2-scopes'];
      const current = scopes?.find((s) => s.state === 'Current')?.scopes;
      // The agile (JSW) document of 2022 names no OAuth scopes; Forge grants its reads with read:jira-work.
      for (const scope of current ?? ['read:jira-work']) needed.add(scope);
    }
    expect([...manifest.permissions.scopes].sort()).toEqual([...needed].sort());
  });

  test('the offline permission linter does report a missing scope (so the clean run above means something)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-lint-'));
    const lean = readFileSync(join(ROOT, 'manifest.yml'), 'utf8').replace('    - read:jira-user\n', '');
    writeFileSync(join(dir, 'manifest.yml'), lean);
    mkdirSync(join(dir, 'src'));
    writeFileSync(
      join(dir, 'src', 'index.ts'),
      "import api, { route } from '@forge/api';\nexport const resolver = () => api.asUser().requestJira(route`/rest/api/3/user/bulk?accountId=a`);\nexport const dailyWalk = () => undefined;\n",
    );
    cpSync(join(ROOT, 'static'), join(dir, 'static'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{"name":"probe","version":"1.0.0"}');
    const result = await forgeLint(dir);
    expect(result.errors).toBeGreaterThan(0);
    expect(result.report.join('\n')).toMatch(/read:jira-user/);
  }, 60000);
});
