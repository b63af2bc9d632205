import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonText, writeJsonFile } from '../../src/cli/json-text';
import { parseJsonBytes } from '../../src/cli/json-bytes';
import { readJsonFile } from '../../src/cli/read-json-file';
import { UsageError } from '../../src/cli/usage-error';

const DEMO = join(__dirname, '..', 'fixtures', 'demo-snapshot.json');
const demo = JSON.parse(readFileSync(DEMO, 'utf8')) as unknown;
const CUT = { cutAbove: 0 };
const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');
/** Strings with what a scan for a value's end must step over: quotes, backslashes, brackets, non-ASCII. */
const tricky = fc.string({
  unit: fc.constantFrom('"', '\\', '[', ']', '{', '}', ',', ':', ' ', '\n', 'é', '😀', 'a', '0'),
});
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.oneof(
      tricky,
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    ),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(tricky, fc.constant('__proto__')), tie('value'), { maxKeys: 5 }),
  ),
})).value;

describe('jsonText: JSON.stringify(value, null, 2) in pieces', () => {
  test('the same text as JSON.stringify for any JSON value, whatever the pieces', () => {
    fc.assert(
      fc.property(json, fc.integer({ min: 1, max: 64 }), (value, batch) => {
        expect([...jsonText(value, batch)].join('')).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 300 },
    );
  });

  test('the demo snapshot: the same text, in many pieces', () => {
    const pieces = [...jsonText(demo, 4096)];
    expect(pieces.join('')).toBe(JSON.stringify(demo, null, 2));
    expect(pieces.length).toBeGreaterThan(10);
  });

  test('members JSON.stringify leaves out are left out; such list items are null; toJSON is kept', () => {
    const value = { a: undefined, b: () => 1, c: [undefined, () => 1, new Date(0)], d: new Date(0), e: 1 };
    expect([...jsonText(value)].join('')).toBe(JSON.stringify(value, null, 2));
  });

  test('writeJsonFile writes the text and a newline', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fw-json-')), 'snapshot.json');
    writeJsonFile(file, demo);
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(demo, null, 2)}\n`);
  });
});

describe('parseJsonBytes: JSON.parse, also for a text longer than any one string', () => {
  // `cutAbove` 0 cuts every text, as a file longer than MAX_STRING_LENGTH is cut.
  test('cut or not, the same value as JSON.parse for any JSON text, compact or pretty', () => {
    fc.assert(
      fc.property(json, fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(parseJsonBytes(bytes(text), CUT)).toStrictEqual(JSON.parse(text));
        expect(parseJsonBytes(bytes(` \n${text}\r\n`), CUT)).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  test('"__proto__" stays an own property, and a repeated name keeps its last value, as in JSON.parse', () => {
    const text = '{"__proto__": {"x": 1}, "a": [1, {"__proto__": 2}], "a": [3]}';
    const cut = parseJsonBytes(bytes(text), CUT) as Record<string, unknown>;
    expect(cut).toStrictEqual(JSON.parse(text));
    expect(Object.getPrototypeOf(cut)).toBe(Object.prototype);
    expect(Object.keys(cut)).toEqual(['__proto__', 'a']);
  });

  test('the demo snapshot cut into its items is the demo snapshot', () => {
    expect(parseJsonBytes(readFileSync(DEMO), CUT)).toStrictEqual(demo);
  });

  test.each([
    ['{"a": [1, 2}', "expected ',' or ']'"],
    ['{"a": 1', "expected ',' or '}'"],
    ['{"a" 1}', "expected ':' after a property name"],
    ['{1: 2}', 'expected a property name'],
    ['{"a": "b}', 'the text ends inside a string'],
    ['{"a": [{"b": 1]}', 'in the value at byte 7'],
    ['{"a": 1} x', 'unexpected text after the JSON value'],
    ['[tru]', 'in the value at byte 1'],
    ['{"a": }', 'expected a value'],
  ])('a malformed text %j is refused, naming where: %s', (text, reason) => {
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
    expect(() => parseJsonBytes(bytes(text), CUT)).toThrow(SyntaxError);
    expect(() => parseJsonBytes(bytes(text), CUT)).toThrow(reason);
  });

  test('one value longer than the longest string is refused, not cut', () => {
    expect(() => parseJsonBytes(bytes('{"a": "0123456789"}'), { cutAbove: 0, longest: 5 })).toThrow(
      'one value is longer than the longest string this runtime makes',
    );
  });
});

describe('readJsonFile', () => {
  test('a malformed file is a usage error naming the file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fw-json-')), 'bad.json');
    writeFileSync(file, '{"issues": [');
    expect(() => readJsonFile(file, 'snapshot')).toThrow(UsageError);
    expect(() => readJsonFile(file, 'snapshot')).toThrow(`the snapshot file ${file} is not JSON`);
  });
});
