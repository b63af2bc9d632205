import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { forgeLint } from '../../scripts/forge-lint';
import { ATLASSIAN_ROUTES as ROUTES } from '../../dev/local-site/routes';
import { OpenApi } from '../support/openapi';
import { AGENT_ACTIONS, AGENT_KEY, AGENT_NAME } from '../../src/app/agent/agent-contract';
import { AGENT_INPUTS } from '../../src/resolvers/agent-inputs';

const ROOT = join(__dirname, '..', '..');
const manifest = parse(readFileSync(join(ROOT, 'manifest.yml'), 'utf8')) as {
  permissions: { scopes: string[] };
  app: { runtime: { name: string } };
  resources: Array<{ key: string; path: string }>;
  modules: {
    function: Array<{ key: string; handler: string }>;
    'rovo:agent': Array<{
      key: string;
      name: string;
      prompt: string;
      actions: string[];
      conversationStarters: string[];
    }>;
    action: Array<{ key: string; function: string; actionVerb: string; inputs: Record<string, { required: boolean }> }>;
  };
};

describe('manifest.yml', () => {
  test("validates and lints clean with Forge's own validator and client-side linters (offline)", async () => {
    const result = await forgeLint(ROOT);
    expect(result.manifestErrors).toEqual([]);
    expect({ errors: result.errors, warnings: result.warnings }).toEqual({ errors: 0, warnings: 0 });
  }, 60000);

  test('every function module runs an export of src/index.ts', () => {
    const index = readFileSync(join(ROOT, 'src', 'index.ts'), 'utf8');
    const exported = new Set([...index.matchAll(/^export const (\w+)/gm)].map((m) => m[1]));
    for (const f of manifest.modules.function) expect(exported).toContain(f.handler.replace(/^index\./, ''));
  });

  test("the Rovo agent: the page's key, its actions the action modules (acting ones confirmed by Rovo), its prompt a file", () => {
    const [agent] = manifest.modules['rovo:agent'];
    expect(agent).toMatchObject({ key: AGENT_KEY, name: AGENT_NAME });
    // What the page's "Ask Focus Walk" opens (the UI holds its own copy: it imports no value from src/).
    const ask = readFileSync(join(ROOT, 'static', 'project-page', 'src', 'AskFocusWalk.tsx'), 'utf8');
    expect(ask).toContain(`ROVO_AGENT = { key: '${AGENT_KEY}', name: '${AGENT_NAME}' }`);
    expect([...(agent?.actions ?? [])].sort()).toEqual(manifest.modules.action.map((a) => a.key).sort());
    const functions = new Map(manifest.modules.function.map((f) => [f.key, f.handler]));
    const handlers = manifest.modules.action.map((a) => functions.get(a.function));
    // One function per action, each the index export of one AGENT_ACTIONS entry.
    expect(handlers.map((h) => h?.replace(/^index\.agent/, '')).sort()).toEqual(
      AGENT_ACTIONS.map((a) => a[0]?.toUpperCase() + a.slice(1)).sort(),
    );
    // GET actions only read; the others act, so Rovo asks the user to confirm before calling them.
    const verbs = Object.fromEntries(manifest.modules.action.map((a) => [a.key, a.actionVerb]));
    expect(verbs['fw-nudge-member']).toBe('TRIGGER');
    expect(verbs['fw-escalate-blocker']).toBe('TRIGGER');
    expect(verbs['fw-publish-report']).toBe('CREATE');
    expect(Object.values(verbs).filter((v) => v === 'GET')).toHaveLength(6);
    // Each action's inputs are the ones its function validates (Rovo adds `context`).
    for (const a of manifest.modules.action) {
      const name = functions.get(a.function)?.replace(/^index\.agent/, '') ?? '';
      const action = (name[0]?.toLowerCase() + name.slice(1)) as keyof typeof AGENT_INPUTS;
      const shape = AGENT_INPUTS[action].shape as Record<string, unknown>;
      expect(Object.keys(a.inputs).sort()).toEqual(
        Object.keys(shape)
          .filter((k) => k !== 'context')
          .sort(),
      );
    }
    const [resource, file] = (agent?.prompt ?? '').replace(/^resource:/, '').split(';');
    const dir = manifest.resources.find((r) => r.key === resource)?.path ?? '';
    expect(readFileSync(join(ROOT, dir, file ?? ''), 'utf8')).toMatch(/You are Focus Walk/);
  });

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
    cpSync(join(ROOT, 'prompts'), join(dir, 'prompts'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{"name":"probe","version":"1.0.0"}');
    const result = await forgeLint(dir);
    expect(result.errors).toBeGreaterThan(0);
    expect(result.report.join('\n')).toMatch(/read:jira-user/);
  }, 60000);
});
