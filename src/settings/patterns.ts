import { RE2JS } from 're2js';

/** Settings patterns: JavaScript regular expressions, case-insensitive, `{KEY}` = the issue key. */
export const PATTERN_KEYS = [
  'focusInPattern',
  'focusOutPattern',
  'blockerPattern',
  'branchPattern',
  'commitPattern',
] as const;

export type PatternKey = (typeof PATTERN_KEYS)[number];

/**
 * The built-in defaults (settings.md), the only patterns that run on V8's backtracking engine:
 * they are known to be linear there, and V8 runs them 20-250x faster than RE2JS. Every other
 * pattern, whatever its shape, runs on RE2JS, whose matching time is linear in the text: no
 * static guard can tell every catastrophic pattern (`^(a{1,12}){1,12}$`, `(x|xx){1,40}y`,
 * `focus.*in.*:` on a long comment all passed one).
 */
export const BUILT_IN_PATTERNS: ReadonlySet<string> = new Set([
  '^focus[\\s_-]*in\\b',
  '^focus[\\s_-]*out\\b',
  '\\b(blocked|stuck|need(s)? help)\\b',
  '^(feature|bugfix|hotfix|chore|release)/{KEY}(-[a-z0-9._-]+)?$',
  '\\b{KEY}\\b',
  'acceptance criteria|\\bgiven\\b[\\s\\S]*\\bwhen\\b[\\s\\S]*\\bthen\\b',
]);

/**
 * What a pattern reads of a text: its first 8,192 characters (Jira allows 32,767 in a comment).
 * Focus In, Focus Out and a question's words come early; a walk's time stays bounded per comment.
 */
export const MAX_MATCHED_CHARS = 8192;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What the walk asks of a compiled pattern. */
export interface Matcher {
  test(text: string): boolean;
}

const capped = (text: string): string => (text.length > MAX_MATCHED_CHARS ? text.slice(0, MAX_MATCHED_CHARS) : text);

/**
 * Compiles a pattern for one issue key (or a sample key when validating): a built-in default on
 * V8, anything else on RE2JS (linear in the text). Either way the text read is capped.
 */
export function compilePattern(pattern: string, issueKey = 'KEY-1'): Matcher {
  const source = pattern.split('{KEY}').join(escapeRegExp(issueKey));
  const v8 = new RegExp(source, 'i'); // JavaScript syntax first: settings.md says JavaScript patterns
  if (BUILT_IN_PATTERNS.has(pattern)) return { test: (text) => v8.test(capped(text)) };
  const linear = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  return { test: (text) => linear.matcher(capped(text)).find() };
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
    return 'it uses a back-reference or a look-around, which the linear-time engine that runs every custom pattern cannot run (so no pattern can hang a walk); rewrite it without them';
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
