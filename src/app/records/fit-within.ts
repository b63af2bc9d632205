/** A value's size as Forge storage counts it: its JSON in UTF-8. */
export const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

/**
 * `first` if it fits `limit` bytes, else the first of its ever smaller versions that does:
 * `smaller(n)` makes the n-th (1, 2, ...; each stored value halves what grows with the sprint),
 * or null when there is nothing left to cut (the last version is then kept as it is).
 */
export function fitWithin<T>(first: T, limit: number, smaller: (step: number) => T | null): T {
  let fitted = first;
  for (let step = 1; jsonBytes(fitted) > limit; step++) {
    const next = smaller(step);
    if (next === null) break;
    fitted = next;
  }
  return fitted;
}
