import { constants } from 'node:buffer';

/**
 * JSON.parse of a file's bytes, also when the text is longer than the longest string V8 makes
 * (constants.MAX_STRING_LENGTH, 2^29 - 24 characters): a saved snapshot of a large sprint is
 * (json-text.ts). Such a text is cut at the items of its first two levels (the snapshot's
 * fields and its lists' items), found by a scan that only tracks strings and brackets, and each
 * item is given to JSON.parse, which checks it. No streaming parser: those parse in JavaScript,
 * many times slower than JSON.parse on a file of hundreds of megabytes.
 */
export function parseJsonBytes(bytes: Buffer, limits: Partial<Limits> = {}): unknown {
  const { cutAbove = constants.MAX_STRING_LENGTH, longest = constants.MAX_STRING_LENGTH } = limits;
  if (bytes.length <= cutAbove) return JSON.parse(bytes.toString('utf8')) as unknown;
  return new Cutter(bytes, longest).document();
}

/** Both the longest string (tests set them low to cut small texts). */
export interface Limits {
  /** Texts of more bytes are cut (a character takes one byte or more, so a text of fewer fits one string). */
  cutAbove: number;
  /** The longest item given to JSON.parse. */
  longest: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const isOpen = (c: number | undefined): boolean => c === 0x7b || c === 0x5b; // { [
const isClose = (c: number | undefined): boolean => c === 0x7d || c === 0x5d; // } ]
const isSpace = (c: number | undefined): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDelimiter = (c: number | undefined): boolean => c === COMMA || c === COLON || isOpen(c) || isClose(c);
const CUT_LEVELS = 2;

class Cutter {
  private at = 0;

  constructor(
    private readonly bytes: Buffer,
    private readonly longest: number,
  ) {}

  document(): unknown {
    const value = this.value(0);
    this.skipSpace();
    if (this.at < this.bytes.length) this.fail('unexpected text after the JSON value');
    return value;
  }

  private value(depth: number): unknown {
    this.skipSpace();
    const c = this.bytes[this.at];
    if (depth < CUT_LEVELS && c === 0x5b) return this.array(depth);
    if (depth < CUT_LEVELS && c === 0x7b) return this.object(depth);
    const start = this.at;
    this.skipValue();
    return this.parsed(start, this.at);
  }

  private array(depth: number): unknown[] {
    const out: unknown[] = [];
    this.at++;
    if (this.next() === 0x5d) return (this.at++, out);
    for (;;) {
      out.push(this.value(depth + 1));
      if (this.separator(0x5d)) return out;
    }
  }

  private object(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.at++;
    if (this.next() === 0x7d) return (this.at++, out);
    for (;;) {
      if (this.next() !== QUOTE) this.fail('expected a property name');
      const start = this.at;
      this.skipString();
      const key = this.parsed(start, this.at) as string;
      if (this.next() !== COLON) this.fail("expected ':' after a property name");
      this.at++;
      // As JSON.parse: "__proto__" is a property like any other, and a repeated name keeps its last value.
      Object.defineProperty(out, key, {
        value: this.value(depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      if (this.separator(0x7d)) return out;
    }
  }

  /** After an item: true at the container's end (consumed), false after a comma. */
  private separator(end: number): boolean {
    const c = this.next();
    this.at++;
    if (c === end) return true;
    if (c !== COMMA) this.fail(`expected ',' or '${String.fromCharCode(end)}'`);
    return false;
  }

  /** The next byte that is no white space (the position is left on it). */
  private next(): number | undefined {
    this.skipSpace();
    return this.bytes[this.at];
  }

  private skipSpace(): void {
    while (isSpace(this.bytes[this.at])) this.at++;
  }

  /** Past one value of any kind, JSON.parse to check it: only its end is found here. */
  private skipValue(): void {
    const bytes = this.bytes;
    const c = bytes[this.at];
    if (c === QUOTE) return this.skipString();
    if (isOpen(c)) {
      let depth = 0;
      do {
        const b = bytes[this.at];
        if (b === undefined) this.fail('the text ends inside a value');
        if (b === QUOTE) {
          this.skipString();
          continue;
        }
        if (isOpen(b)) depth++;
        else if (isClose(b)) depth--;
        this.at++;
      } while (depth > 0);
      return;
    }
    // A number, true, false or null: up to the next separator.
    const start = this.at;
    while (this.at < bytes.length && !isSpace(bytes[this.at]) && !isDelimiter(bytes[this.at])) this.at++;
    if (this.at === start) this.fail('expected a value');
  }

  /** Past a string: to the next quote no backslash escapes (indexOf: most of a snapshot's bytes lie in strings). */
  private skipString(): void {
    const bytes = this.bytes;
    let from = this.at + 1;
    for (;;) {
      const quote = bytes.indexOf(QUOTE, from);
      if (quote < 0) this.fail('the text ends inside a string');
      let slashes = 0;
      while (bytes[quote - 1 - slashes] === BACKSLASH) slashes++;
      from = quote + 1;
      if (slashes % 2 === 0) break;
    }
    this.at = from;
  }

  private parsed(start: number, end: number): unknown {
    if (end - start > this.longest) this.fail('one value is longer than the longest string this runtime makes', start);
    try {
      return JSON.parse(this.bytes.toString('utf8', start, end)) as unknown;
    } catch (error) {
      return this.fail(error instanceof Error ? error.message : String(error), start);
    }
  }

  private fail(reason: string, at = this.at): never {
    throw new SyntaxError(`${reason} (in the value at byte ${at})`);
  }
}
