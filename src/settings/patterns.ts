import { RE2JS } from 're2js';
import { backtracksSafely } from './backtracking';

/** Settings patterns: JavaScript regular expressions, case-insensitive, `{KEY}` = the issue key. */
export const PATTERN_KEYS = [
  'focusInPattern',
  'focusOutPattern',
  'blockerPattern',
  'branchPattern',
  'commitPattern',
] as const;

export type PatternKey = (typeof PATTERN_KEYS)[number];

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What the walk asks of a compiled pattern. */
export interface Matcher {
  test(text: string): boolean;
}

/**
 * Compiles a pattern for one issue key (or a sample key when validating): on V8 when it cannot
 * backtrack catastrophically (backtracking.ts), otherwise on RE2JS, whose matching is linear in
 * the text whatever the pattern, so a TPM's pattern can never hang a walk.
 */
export function compilePattern(pattern: string, issueKey = 'KEY-1'): Matcher {
  const source = pattern.split('{KEY}').join(escapeRegExp(issueKey));
  const v8 = new RegExp(source, 'i'); // JavaScript syntax first: settings.md says JavaScript patterns
  if (backtracksSafely(pattern)) return v8;
  const linear = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  return { test: (text) => linear.matcher(text).find() };
}

/** The compile error of a pattern, or null when it compiles. */
export function patternError(pattern: string): string | null {
  try {
    new RegExp(pattern.split('{KEY}').join('KEY-1'), 'i');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  try {
    compilePattern(pattern);
    return null;
  } catch {
    return 'it repeats a repetition or an alternation (which can take exponential time) and uses a back-reference or look-around, which the linear-time engine cannot run; simplify the repetition';
  }
}

/** Compiled patterns per issue key, built once per walk. */
export class PatternCache {
  private readonly cache = new Map<string, Matcher>();
  /** A pattern without `{KEY}` is the same for every issue: compiled once. */
  private readonly keyless: Matcher | null;

  constructor(private readonly pattern: string) {
    this.keyless = pattern.includes('{KEY}') ? null : compilePattern(pattern);
  }

  forKey(issueKey: string): Matcher {
    if (this.keyless) return this.keyless;
    let re = this.cache.get(issueKey);
    if (!re) {
      re = compilePattern(this.pattern, issueKey);
      this.cache.set(issueKey, re);
    }
    return re;
  }

  /** Matches `text`, which the caller has trimmed (checks.md: the trimmed plain text). */
  test(text: string, issueKey: string): boolean {
    return this.forKey(issueKey).test(text);
  }
}
