import fc from 'fast-check';
import { compareFindings, normalizeFindings, type Finding, type Severity } from '../../src/engine/finding';
import { CHECK_IDS } from '../../src/core/check-ids';

/** A finding's identity (checks.md): two with the same key are one finding. */
const findingKey = (f: Finding): string =>
  [f.check, f.code, f.issueKey ?? '', f.accountId ?? '', f.day ?? '', f.subject ?? ''].join('\u0000');

/** The definition: the first finding of each identity, sorted by compareFindings. */
function reference(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const f of findings) if (!seen.has(findingKey(f))) seen.set(findingKey(f), f);
  return [...seen.values()].sort(compareFindings);
}

// Few values per field, so that repeats, and repeats with another severity or message, are common.
const nullable = (values: string[]): fc.Arbitrary<string | null> => fc.constantFrom<string | null>(null, '', ...values);
const findingArb: fc.Arbitrary<Finding> = fc.record({
  check: fc.constantFrom(...CHECK_IDS.slice(0, 3)),
  code: fc.constantFrom('missing', 'late'),
  severity: fc.constantFrom<Severity>('error', 'warning', 'info'),
  issueKey: nullable(['FW-1', 'FW-10', 'FW-2']),
  accountId: nullable(['a', 'b']),
  day: nullable(['2026-11-18', '2026-11-19']),
  subject: nullable(['version:1', 'version:10']),
  message: fc.string({ maxLength: 3 }),
  data: fc.constant({}),
});

describe('normalizeFindings', () => {
  test('keeps the first finding of each identity and sorts as compareFindings does', () => {
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 80 }), (findings) => {
        const got = normalizeFindings(findings);
        const want = reference(findings);
        // The same objects (the first of each identity, with its own severity and message), in order.
        expect(got.length).toBe(want.length);
        got.forEach((f, i) => expect(f).toBe(want[i]));
      }),
      { numRuns: 500, seed: 26 },
    );
  });

  test('a repeat with another severity is dropped, the first one kept', () => {
    const first: Finding = {
      check: 'focus-in',
      code: 'missing',
      severity: 'warning',
      issueKey: null,
      accountId: 'a',
      day: '2026-11-19',
      subject: null,
      message: 'first',
      data: {},
    };
    const repeat: Finding = { ...first, severity: 'error', message: 'repeat' };
    const other: Finding = { ...first, accountId: 'b', severity: 'info', message: 'other' };
    expect(normalizeFindings([other, first, repeat]).map((f) => f.message)).toEqual(['first', 'other']);
  });
});
