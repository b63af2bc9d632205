const SEPARATOR = '\u0000';

/**
 * Copies of `strings`, laid side by side in memory (one join, one split). Parsed JSON leaves each
 * issue's key and id on a page of their own: a 20,000-issue walk that sorts, hashes and prints
 * keys reached into 20,000 pages, and a read of a key cost 13.9 ns there against 4.4 ns in a
 * 2,000-issue walk; read from the copies, 2.6 ns. Should a string hold the separator, the
 * originals are kept (the split would not give them back one for one).
 */
export function packed(strings: readonly string[]): readonly string[] {
  if (strings.length === 0) return strings;
  const copies = strings.join(SEPARATOR).split(SEPARATOR);
  return copies.length === strings.length ? copies : strings;
}
