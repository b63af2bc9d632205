import tseslint from 'typescript-eslint';

/**
 * The house, floor by floor: a folder of src/ imports only from its own floor's folder and the
 * floors below. The picture: `farm-studio look`; the rules below keep it so.
 */
const FLOORS = [
  ['core'], // time and zones, check ids, errors, ADF: what every layer uses
  ['settings', 'snapshot', 'stores', 'fetch'],
  ['engine', 'reporting', 'codehost'],
  ['app', 'cli'],
  ['resolvers'],
  ['wiring', 'lib'],
  ['index'],
];
/** The engine is pure: no I/O, no Forge, no clock of its own. */
const ENGINE_FORBIDS = ['fetch', 'stores', 'codehost'];
const IO_MODULES = [
  '@forge/*',
  'node:*',
  'fs',
  'fs/*',
  'http',
  'https',
  'net',
  'child_process',
  'worker_threads',
  'p-limit',
];

/**
 * src/app/ by capability, floor by floor too: a capability imports only from its own floor and
 * the floors below (the contract is everyone's). New capabilities take the floor of what they use.
 */
const APP_FLOORS = [
  ['settings'], // a project's settings document and its calendar (periods)
  ['records'], // the app's records: history, ticks, reports, settings
  ['access', 'checklist', 'codehost', 'reading', 'worklogs'],
  ['reports'], // sprint reporting reads, the status report, Publish
  ['walks'], // a walk: assemble, walk, record; background runs; what a viewer may see
  ['sending'], // nudges, the digest, escalations, the sent log
  ['schedules'], // what the hourly and weekly triggers do
];

const folderPattern = (names, message) => ({ regex: `^(\\.\\./)+(${names.join('|')})(/|$)`, message });
const devHarness = {
  regex: '^(\\.\\./)+(dev|test|bench|scripts)/',
  message: 'Product code does not import the dev harness, tests, benchmarks or scripts.',
};

const floorRules = FLOORS.flatMap((floor, level) => {
  const above = FLOORS.slice(level + 1).flat();
  return floor.map((folder) => {
    const patterns = [devHarness];
    if (above.length)
      patterns.push(
        folderPattern(
          above,
          `src/${folder} is on floor ${level}: it imports only from floors 0-${level} (eslint.config.mjs FLOORS).`,
        ),
      );
    const paths = [];
    if (folder === 'engine' || folder === 'reporting') {
      patterns.push(
        folderPattern(ENGINE_FORBIDS, 'The engine does no I/O: fetch, storage and code hosts stay out of src/engine.'),
      );
      patterns.push({
        group: IO_MODULES,
        message: 'The engine does no I/O: no Forge, Node or network modules in src/engine.',
      });
    }
    const files = ['wiring', 'lib', 'index'].includes(folder) ? [`src/${folder}.ts`] : [`src/${folder}/**/*.ts`];
    return { files, rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }] } };
  });
});

const appFloorRules = APP_FLOORS.flatMap((floor, level) => {
  const above = APP_FLOORS.slice(level + 1).flat();
  if (!above.length) return [];
  return floor.map((folder) => ({
    files: [`src/app/${folder}/**/*.ts`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            devHarness,
            folderPattern(['wiring', 'lib', 'index', 'resolvers'], 'src/app imports nothing above floor 3.'),
            {
              regex: `^\\.\\./(${above.join('|')})/`,
              message: `src/app/${folder} is on the app's floor ${level}: it imports only from floors 0-${level} (eslint.config.mjs APP_FLOORS).`,
            },
          ],
        },
      ],
    },
  }));
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'static/*/build/**', '*.config.js', 'bin/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...floorRules,
  ...appFloorRules,
  {
    // The UI's one door into src/ is the contract, and only its types cross it (a value would
    // drag server code into the browser bundle).
    files: ['static/**/*.ts', 'static/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)src/(?!app/contract$)', message: 'static/ reaches src/ only through src/app/contract.' },
            {
              regex: '(^|/)src/app/contract$',
              allowTypeImports: true,
              message: 'static/ imports only types from the contract: import type { … }.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests poke at malformed, untyped JSON on purpose.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  { files: ['**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
);
