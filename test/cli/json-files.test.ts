import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonText, writeJsonFile } from '../../src/cli/json-text';
import { readJsonFile } from '../../src/cli/read-json-file';
import { UsageError } from '../../src/cli/usage-error';

const DEMO = join(__dirname, '..', 'fixtures', 'demo-snapshot.json');
const demo = JSON.parse(readFileSync(DEMO, 'utf8')) as unknown;
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
    fc.dictionary(fc.oneof(tricky, fc.constantFrom('__proto__', 'issues')), tie('value'), { maxKeys: 5 }),
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

describe('readJsonFile: JSON.parse, also for a file longer than any one string', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fw-json-'));
  let n = 0;
  const file = (text: string): string => {
    const path = join(dir, `${n++}.json`);
    writeFileSync(path, text);
    return path;
  };
  // `cutAbove` 0 reads every file as it streams, its issues one by one, as a file longer than
  // MAX_STRING_LENGTH is read.
  const streamed = (path: string, what = 'snapshot'): Promise<unknown> => readJsonFile(path, what, 0);
  const withIssues = fc.record({ issues: fc.array(json, { maxLength: 6 }), rest: json });

  test('streamed or not, the same value as JSON.parse, compact or pretty', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(json, withIssues), fc.constantFrom(undefined, 2, '\t'), async (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(await streamed(file(text))).toStrictEqual(JSON.parse(text));
        expect(await readJsonFile(file(` \n${text}\r\n`), 'snapshot')).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 150 },
    );
  });

  test('the demo snapshot streamed, and a snapshot written by writeJsonFile, read back as they were', async () => {
    expect(await streamed(DEMO)).toStrictEqual(demo);
    const path = join(dir, 'written.json');
    writeJsonFile(path, demo);
    expect(await streamed(path)).toStrictEqual(demo);
  });

  test.each([
    ['{"issues": [1, 2}', 'one cut short'],
    ['{"issues": [{"a": 1]}', 'an issue with a bracket out of place'],
    ['{"issues": [1], "total": }', 'a bad value outside the issues'],
    ['{"issues": [tru]}', 'a bad issue'],
    ['<html>login</html>', 'no JSON at all'],
  ])('a malformed file %j (%s) is a usage error naming the file, streamed or not', async (text) => {
    const path = file(text);
    for (const read of [streamed, (p: string) => readJsonFile(p, 'snapshot')]) {
      await expect(read(path)).rejects.toThrow(UsageError);
      await expect(read(path)).rejects.toThrow(`the snapshot file ${path} is not JSON`);
    }
  });

  test('a missing file, or a directory, is a usage error saying it cannot be read', async () => {
    await expect(readJsonFile(join(dir, 'none.json'), 'settings')).rejects.toThrow(
      `cannot read the settings file ${join(dir, 'none.json')}: ENOENT`,
    );
    await expect(streamed(dir)).rejects.toThrow(`cannot read the snapshot file ${dir}: EISDIR`);
  });
});
