import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEMO_AT, generateDemoSnapshot } from '../../dev/demo/demo-snapshot';
import { CHECK_IDS } from '../../src/core/check-ids';
import { REGISTRY } from '../../src/engine/registry';
import { walk } from '../../src/engine/walk';

/**
 * In the manner of commitlint's rules index test: the catalogue (../shared/spec/checks.md and
 * checks-delivery.md), the
 * check ids, the registry, the files under src/engine/checks and their tests are one set, and a
 * check reports only the codes the catalogue gives it. Adding a check without its heading, its
 * file or its test fails here.
 */
const SPECS = ['checks.md', 'checks-delivery.md'].map((file) =>
  join(resolve(process.env.ATLASSIAN_OPENAPI_DIR!), '..', 'spec', file),
);
const ROOT = join(__dirname, '..', '..');

/** `### \`id\`` headings of "The checks", each with its `- \`code\`` bullets. */
function catalogue(): Map<string, string[]> {
  const checks = new Map<string, string[]>();
  let current: string[] | null = null;
  const lines = SPECS.flatMap((file) => readFileSync(file, 'utf8').split('\n'));
  for (const line of lines) {
    const heading = /^### `([a-z-]+)`/.exec(line);
    // checks-delivery.md adds a rule to `blocked` under its own heading: the codes stay checks.md's.
    if (heading) checks.set(heading[1]!, (current = checks.get(heading[1]!) ?? []));
    else if (line.startsWith('## ')) current = null;
    const code = /^- `([a-z-]+)`/.exec(line);
    if (code && current) current.push(code[1]!);
  }
  return checks;
}

const sorted = (ids: Iterable<string>): string[] => [...ids].sort();
const filesIn = (dir: string, suffix: string): string[] =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(suffix))
    .map((f) => f.slice(0, -suffix.length));

describe('the checks catalogue', () => {
  const spec = catalogue();

  test('both catalogue files are read (21 checks or more)', () => {
    expect(spec.size).toBeGreaterThanOrEqual(21);
    expect(spec.get('version')).toEqual(['overdue', 'at-risk', 'blocked', 'no-date']);
  });

  test('check ids == catalogue headings', () => {
    expect(sorted(CHECK_IDS)).toEqual(sorted(spec.keys()));
  });

  test('registry == check ids, each registered under its own id', () => {
    expect(sorted(Object.keys(REGISTRY))).toEqual(sorted(CHECK_IDS));
    for (const [id, check] of Object.entries(REGISTRY)) expect(check.id).toBe(id);
  });

  test('one file per check under src/engine/checks, named after it', () => {
    expect(sorted(filesIn('src/engine/checks', '.ts'))).toEqual(sorted(CHECK_IDS));
  });

  test('one accept/reject test file per check under test/checks', () => {
    expect(sorted(filesIn('test/checks', '.test.ts'))).toEqual(sorted(CHECK_IDS));
  });

  test.each([...CHECK_IDS])('%s declares exactly the codes of its heading', (id) => {
    expect(REGISTRY[id].codes).toEqual(spec.get(id));
  });

  test('the demo walk reports only declared codes, and reports every one of them', () => {
    const report = walk(generateDemoSnapshot(), {}, DEMO_AT);
    for (const f of report.findings) expect(REGISTRY[f.check].codes).toContain(f.code);
    const seen = new Set(report.findings.map((f) => `${f.check}/${f.code}`));
    const declared = CHECK_IDS.flatMap((id) => REGISTRY[id].codes.map((code) => `${id}/${code}`));
    expect(sorted(seen)).toEqual(sorted(declared));
  });

  test('a skip names only declared codes', () => {
    const snapshot = { ...generateDemoSnapshot(), changelogs: undefined };
    const report = walk(snapshot, {}, DEMO_AT);
    expect(report.skipped.length).toBeGreaterThan(0);
    for (const skip of report.skipped)
      for (const code of skip.codes ?? []) expect(REGISTRY[skip.check].codes).toContain(code);
  });
});
