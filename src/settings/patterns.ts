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

/** Compiles a pattern for one issue key (or a sample key when validating). */
export function compilePattern(pattern: string, issueKey = 'KEY-1'): RegExp {
  return new RegExp(pattern.split('{KEY}').join(escapeRegExp(issueKey)), 'i');
}

/** The compile error of a pattern, or null when it compiles. */
export function patternError(pattern: string): string | null {
  try {
    compilePattern(pattern);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Compiled patterns per issue key, built once per walk. */
export class PatternCache {
  private readonly cache = new Map<string, RegExp>();
  /** A pattern without `{KEY}` is the same for every issue: compiled once. */
  private readonly keyless: RegExp | null;

  constructor(private readonly pattern: string) {
    this.keyless = pattern.includes('{KEY}') ? null : compilePattern(pattern);
  }

  forKey(issueKey: string): RegExp {
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
