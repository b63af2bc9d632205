import type { Finding } from '../../engine/finding';

/** Under Forge's 240 KiB per value, with room for the part's own brackets. */
const PART_BYTES = 200 * 1024;

/** Which findings a reader wants: some checks' (the page), or one issue's and nobody's (the panel). */
export type PartSelector = ReadonlySet<string> | { issueKey: string };

/** A reader of one issue's findings (the issue panel). */
export const byIssue = (only: PartSelector | undefined): only is { issueKey: string } =>
  only !== undefined && 'issueKey' in only;

/** Per part, per check, the least and greatest issue key of its findings ('' for a finding about no issue). */
export type PartRanges = Array<Array<[check: string, min: string, max: string]>>;

/** Findings cut into parts of at most PART_BYTES of JSON each. */
export function splitFindings(findings: readonly Finding[]): Finding[][] {
  const parts: Finding[][] = [];
  let current: Finding[] = [];
  let bytes = 2;
  for (const f of findings) {
    const size = Buffer.byteLength(JSON.stringify(f), 'utf8') + 1;
    if (current.length > 0 && bytes + size > PART_BYTES) {
      parts.push(current);
      current = [];
      bytes = 2;
    }
    current.push(f);
    bytes += size;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/**
 * Each check's first and last part: a reader of some checks reads only their parts. The engine
 * lists findings check by check, so a check's parts are a run (a range spanning a gap only costs
 * a read more, never a finding less).
 */
export function checkParts(parts: readonly Finding[][]): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  parts.forEach((p, n) => {
    for (const f of p) {
      const range = out[f.check];
      if (range) range[1] = n;
      else out[f.check] = [n, n];
    }
  });
  return out;
}

/**
 * Each part's key range per check. The engine sorts a check's findings by issue key (after
 * severity), so an issue's findings sit in one or two parts of each check: a range is a true
 * bound whatever the order, the sort only keeps the ranges narrow.
 */
export function keyRanges(parts: readonly Finding[][]): PartRanges {
  return parts.map((p) => {
    const byCheck = new Map<string, [string, string, string]>();
    for (const f of p) {
      const key = f.issueKey ?? '';
      const r = byCheck.get(f.check);
      if (!r) byCheck.set(f.check, [f.check, key, key]);
      else {
        if (key < r[1]) r[1] = key;
        if (key > r[2]) r[2] = key;
      }
    }
    return [...byCheck.values()];
  });
}

/** Whether part `n` may hold a wanted finding (every part when the walk has no index for the question). */
export function holds(
  byCheck: Partial<Record<string, [number, number]>> | undefined,
  ranges: PartRanges | undefined,
  n: number,
  only: PartSelector | undefined,
): boolean {
  if (!only) return true;
  if (byIssue(only)) {
    const part = ranges?.[n];
    return !part || part.some(([, min, max]) => min === '' || (min <= only.issueKey && only.issueKey <= max));
  }
  if (!byCheck) return true;
  return [...only].some((c) => {
    const range = byCheck[c];
    return range !== undefined && range[0] <= n && n <= range[1];
  });
}
