import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * `JSON.stringify(value, null, 2)`, character for character, in pieces of about `batch`
 * characters. A saved snapshot of a large sprint is longer than the longest string V8 makes
 * (2^29 - 24 characters: about 6,500 issues with 20 comments and 10 worklogs each, pretty
 * printed): built whole, `fetch --out` failed with "Invalid string length" after the whole
 * fetch. The value's first two levels (the snapshot and its lists) are laid out here, item by
 * item; each item below them is JSON.stringify's own text, indented to its place.
 */
export function* jsonText(value: unknown, batch = 1 << 20): Generator<string> {
  let pending = '';
  for (const piece of pieces(value, '', 0)) {
    pending += piece;
    if (pending.length >= batch) {
      yield pending;
      pending = '';
    }
  }
  if (pending) yield pending;
}

/** Writes `jsonText(value)` and a newline to `file`, piece by piece. */
export function writeJsonFile(file: string, value: unknown): void {
  const fd = openSync(file, 'w');
  try {
    for (const text of jsonText(value)) writeSync(fd, text);
    writeSync(fd, '\n');
  } finally {
    closeSync(fd);
  }
}

const LAID_OUT_LEVELS = 2;

function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth >= LAID_OUT_LEVELS || !isPlainContainer(value)) {
    // undefined (and functions, symbols) as an item of a list: null, as JSON.stringify writes it.
    const text = JSON.stringify(value, null, 2) as string | undefined;
    yield text === undefined ? 'null' : indent && text.includes('\n') ? text.replace(/\n/g, `\n${indent}`) : text;
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield inner;
      yield* pieces(value[i], inner, depth + 1);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  // Members JSON.stringify leaves out: undefined, functions and symbols.
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol',
  );
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i] as [string, unknown];
    yield `${inner}${JSON.stringify(key)}: `;
    yield* pieces(v, inner, depth + 1);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

/** An array, or a plain object without toJSON: what JSON.stringify writes member by member. */
function isPlainContainer(value: unknown): value is object {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
