import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The house's rules are kept by `npm run lint`, not by review: these probes are files a newcomer
 * might write, linted with the repository's own configuration. Each rule must refuse its probe and
 * let the lawful import beside it pass (a rule that refuses everything proves nothing).
 */
const ROOT = join(__dirname, '..', '..');
// ESLint and Prettier load their configuration as ES modules, which jest's CommonJS sandbox cannot: run their command lines.
const ESLINT = join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
const PRETTIER = join(ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs');
const run = (bin: string, args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const PROBES: Record<string, string> = {
  // static/ into the engine, past the contract; and a value (not a type) from the contract.
  'static/project-page/src/zz-probe-ui.tsx': [
    "import type { Report } from '../../../src/engine/report';",
    "import { SHARED } from '../../shared/strings';",
    "import type { WalkView } from '../../../src/app/contract';",
    "import * as contract from '../../../src/app/contract';",
    'export const probe: Array<Report | WalkView | typeof SHARED | typeof contract> = [];',
  ].join('\n'),
  // The ground floor importing upward.
  'src/core/zz-probe-core.ts': [
    "import type { Report } from '../engine/report';",
    "import { adfToText } from './adf';",
    "export const probe: Report | null = adfToText('') === '' ? null : null;",
  ].join('\n'),
  // The engine doing I/O, and product code importing the dev harness.
  'src/engine/zz-probe-engine.ts': [
    "import type { Requester } from '../fetch/requester';",
    "import type { readFileSync } from 'node:fs';",
    "import type { DEMO_AT } from '../../dev/demo/demo-snapshot';",
    "import type { Settings } from '../settings/schema';",
    'export type Probe = [Requester, typeof readFileSync, typeof DEMO_AT, Settings];',
  ].join('\n'),
  // A floor-3 folder importing from floor 4.
  'src/app/zz-probe-app.ts': [
    "import type { InvocationContext } from '../resolvers/context';",
    "import type { Report } from '../engine/report';",
    'export type Probe = [InvocationContext, Report];',
  ].join('\n'),
};

/** The line numbers the restricted-imports rule refused, per probe. */
function refusedLines(): Record<string, number[]> {
  for (const [file, text] of Object.entries(PROBES)) writeFileSync(join(ROOT, file), `${text}\n`);
  try {
    const out = run(ESLINT, ['--format', 'json', ...Object.keys(PROBES)]);
    const results = JSON.parse(out.stdout) as Array<{
      filePath: string;
      messages: Array<{ ruleId: string | null; line: number }>;
    }>;
    const refused: Record<string, number[]> = {};
    for (const r of results) {
      const file = r.filePath.slice(ROOT.length + 1);
      refused[file] = [
        ...new Set(
          r.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.line),
        ),
      ].sort((a, b) => a - b);
    }
    return refused;
  } finally {
    for (const file of Object.keys(PROBES)) rmSync(join(ROOT, file), { force: true });
  }
}

describe('the house, kept by lint', () => {
  let refused: Record<string, number[]>;
  beforeAll(() => {
    refused = refusedLines();
  }, 120000);

  test('static/ imports src/ only through the contract, and only types', () => {
    expect(refused['static/project-page/src/zz-probe-ui.tsx']).toEqual([1, 4]);
  });

  test('the ground floor imports nothing above it', () => {
    expect(refused['src/core/zz-probe-core.ts']).toEqual([1]);
  });

  test('the engine imports no I/O (fetch, Node) and product code no dev harness', () => {
    expect(refused['src/engine/zz-probe-engine.ts']).toEqual([1, 2, 3]);
  });

  test('a floor does not import from the floor above', () => {
    expect(refused['src/app/zz-probe-app.ts']).toEqual([1]);
  });
});

describe('one format, kept by lint', () => {
  test('npm run lint checks the format before ESLint', () => {
    const lint = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
      .scripts.lint;
    expect(lint).toMatch(/^prettier --check \. && eslint \. && /);
  });

  test('an unformatted file fails the check; the same file formatted passes', () => {
    const file = 'src/zz-probe-format.ts';
    try {
      writeFileSync(join(ROOT, file), 'export const  probe = {a:1,\n b:"two"}\n');
      const ugly = run(PRETTIER, ['--check', file]);
      expect(ugly.status).toBe(1);
      expect(ugly.stderr).toContain(file);
      expect(run(PRETTIER, ['--write', file]).status).toBe(0);
      expect(run(PRETTIER, ['--check', file]).status).toBe(0);
    } finally {
      rmSync(join(ROOT, file), { force: true });
    }
  });

  test('the whole tree is formatted', () => {
    const check = run(PRETTIER, ['--check', '.']);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  }, 120000);
});
