/**
 * What `forge lint` checks, offline: the manifest through @forge/manifest's validate(), then
 * @forge/lint's client-side linters, with the permission linter reading Atlassian's OpenAPI
 * documents from ATLASSIAN_OPENAPI_DIR instead of the network (see ../shared/openapi/README.md).
 */
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type * as ForgeLint from '@forge/lint';
import type * as ForgeManifest from '@forge/manifest';

export interface ForgeLintResult {
  manifestErrors: string[];
  errors: number;
  warnings: number;
  report: string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

export async function forgeLint(root = resolve(__dirname, '..')): Promise<ForgeLintResult> {
  const openapi = resolve(process.env.ATLASSIAN_OPENAPI_DIR ?? join(root, '..', 'shared', 'openapi'));
  Object.assign(process.env, {
    USE_LOCAL_SWAGGER: '1',
    LOCAL_JIRA_SWAGGER: join(openapi, 'jira-platform.v3.json'),
    LOCAL_JSW_SWAGGER: join(openapi, 'jira-software.v1.json'),
    LOCAL_CONF_V2_SWAGGER: join(openapi, 'confluence.v2.json'),
    LOCAL_JSM_SWAGGER: join(openapi, 'jira-service-management.placeholder.json'),
    LOCAL_CONF_SWAGGER: join(openapi, 'confluence.v1.placeholder.json'),
    LOCAL_BB_SWAGGER: join(openapi, 'bitbucket.placeholder.json'),
    HOME: mkdtempSync(join(tmpdir(), 'forge-lint-home-')), // the linter keeps a cache there
  });
  const cwd = process.cwd();
  process.chdir(root);
  try {
    // Loaded only now: both read their environment when first required.
    const { validate } = (await import('@forge/manifest')) as typeof ForgeManifest;
    const { lint, problemCount, reportLintResults } = (await import('@forge/lint')) as typeof ForgeLint;
    const validation = await validate(false, 'manifest.yml');
    const manifestErrors = (validation.errors ?? []).map(
      (e) => `${e.message}${e.reference ? ` (${e.reference})` : ''}`,
    );
    if (!validation.success || !validation.manifestObject)
      return { manifestErrors, errors: manifestErrors.length, warnings: 0, report: [] };
    const report: string[] = [];
    const logger = { info: (message: string) => void report.push(String(message)) };
    const statsig = { getDeprecatedRuntimes: () => Promise.resolve([]), checkGate: () => Promise.resolve(false) };
    const files = sourceFiles(join(root, 'src')).map((f) => f.slice(root.length + 1));
    const manifest = validation.manifestObject.yamlContent as ForgeManifest.ManifestSchema;
    const results = await lint(files, manifest, 'development', logger, statsig as never, {
      linter: { mode: 'client-side' },
    });
    const exitCode = process.exitCode;
    reportLintResults(logger, results, true); // sets process.exitCode on errors: the caller decides
    process.exitCode = exitCode;
    const { errors, warnings } = problemCount(results);
    return { manifestErrors, errors, warnings, report };
  } finally {
    process.chdir(cwd);
  }
}

if (require.main === module) {
  void forgeLint().then((r) => {
    for (const line of [...r.manifestErrors, ...r.report]) console.log(line);
    console.log(`forge lint (offline): ${r.errors} errors, ${r.warnings} warnings`);
    process.exitCode = r.errors + r.warnings > 0 ? 1 : 0;
  });
}
