import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_AT } from '../../dev/demo/demo-snapshot';
import { walk } from '../../src/engine/walk';
import { BUILT_IN_PATTERNS, MAX_MATCHED_CHARS, compilePattern, patternError } from '../../src/settings/patterns';
import { DEFAULTS } from '../../src/settings/defaults';

/**
 * Settings patterns cannot hang a walk (issue 21): the audit ran three accepted patterns on V8
 * for 30-80 s each. Every pattern but the built-in defaults now runs on the linear-time engine,
 * and a pattern reads at most the first 8,192 characters of a text.
 */
const DEMO = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')) as {
  issues: Array<{ key: string; fields: Record<string, unknown> }>;
};

const CATASTROPHIC = ['^(a{1,12}){1,12}$', '(x|xx){1,40}y', 'focus.*in.*:'];

test('only the built-in defaults run on V8; every other pattern on the linear engine', () => {
  for (const p of [DEFAULTS.focusInPattern, DEFAULTS.focusOutPattern, DEFAULTS.blockerPattern, DEFAULTS.commitPattern])
    expect(BUILT_IN_PATTERNS.has(p)).toBe(true);
  for (const p of [...CATASTROPHIC, '^focus in', 'blocked']) expect(BUILT_IN_PATTERNS.has(p)).toBe(false);
  // The linear engine gives JavaScript's answers on ordinary patterns.
  expect(compilePattern('^focus\\s+in\\b').test('Focus In: plan')).toBe(true);
  expect(compilePattern('^focus\\s+in\\b').test('no focus in here')).toBe(false);
  expect(compilePattern('\\b{KEY}\\b', 'FW-12').test('fw-12 add login')).toBe(true);
  expect(compilePattern('\\b{KEY}\\b', 'FW-12').test('FW-123 other')).toBe(false);
});

test("the audit's catastrophic patterns answer at once on their worst inputs", () => {
  expect(compilePattern(CATASTROPHIC[0] ?? '').test(`${'a'.repeat(60)}!`)).toBe(false);
  expect(compilePattern(CATASTROPHIC[1] ?? '').test('x'.repeat(40))).toBe(false);
  expect(compilePattern(CATASTROPHIC[2] ?? '').test('focus in '.repeat(3600))).toBe(false);
});

test('a walk with those patterns and two 18,000-character comments finishes', () => {
  const snapshot = structuredClone(DEMO);
  const issue = snapshot.issues.find((i) => i.key === 'FW-101');
  const page = issue?.fields.comment as { comments: Array<Record<string, unknown>>; total?: number };
  const last = page.comments.at(-1) ?? {};
  for (const n of [0, 1])
    page.comments.push({
      ...last,
      id: `99999${n}`,
      created: '2026-11-19T12:00:00.000+0000',
      updated: '2026-11-19T12:00:00.000+0000',
      body: 'focus in '.repeat(2000),
    });
  page.total = page.comments.length;
  for (const pattern of CATASTROPHIC) {
    const report = walk(snapshot, { focusInPattern: pattern, blockerPattern: pattern }, DEMO_AT);
    expect(report.members.length).toBeGreaterThan(0);
  }
});

test('a pattern reads at most the first 8,192 characters of a text', () => {
  const late = `${'x'.repeat(MAX_MATCHED_CHARS)} blocked`;
  expect(compilePattern('blocked').test(late)).toBe(false);
  expect(compilePattern('blocked').test(late.slice(-2000))).toBe(true);
  expect(compilePattern(DEFAULTS.blockerPattern).test(late)).toBe(false);
});

test('back-references and look-arounds are refused, naming why', () => {
  expect(patternError('^(a)\\1$')).toMatch(/back-reference or a look-around/);
  expect(patternError('^focus(?= in)')).toMatch(/back-reference or a look-around/);
  expect(patternError('^focus[\\s_-]*in\\b')).toBeNull();
  expect(patternError('(')).not.toBeNull();
});
