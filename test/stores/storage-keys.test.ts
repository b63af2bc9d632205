import fc from 'fast-check';
import { KEY_PATTERN, MAX_KEY_LENGTH, fromKeyPart, keyPart, keys } from '../../src/stores/storage-keys';

const projectKey = fc.oneof(
  fc.stringMatching(/^[A-Z][A-Z0-9_]{0,9}$/),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const accountId = fc.oneof(
  fc.stringMatching(/^[0-9a-f]{24}$/),
  fc.uuid().map((u) => `712020:${u}`),
  fc.stringMatching(/^[0-9a-f]{24}$/).map((h) => `557058:${h}`),
  fc.string({ unit: 'binary', maxLength: 128 }),
);
const itemId = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9-]{0,40}$/),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.string({ minLength: 200, maxLength: 400 }),
);
const day = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const period = fc.oneof(
  day,
  fc.integer({ min: 1, max: 53 }).map((w) => `2026-W${String(w).padStart(2, '0')}`),
);

const valid = (k: string) => KEY_PATTERN.test(k) && k.length <= MAX_KEY_LENGTH && !k.includes('%');

describe('storage keys (Forge: /^(?!\\s+$)[a-zA-Z0-9:._\\s-#]+$/, at most 500 characters)', () => {
  test('every key of every kind matches the format and fits 500 characters', () => {
    fc.assert(
      fc.property(
        projectKey,
        accountId,
        itemId,
        period,
        day,
        fc.string({ maxLength: 20 }),
        fc.nat(10000),
        (p, a, i, per, d, walkId, n) => {
          const all = [
            keys.settings(p),
            keys.tick(p, per, i, a),
            keys.ticksPrefix(p, per),
            keys.historyDay(p, d),
            keys.historyPrefix(p),
            keys.walkMeta(p, d, walkId),
            keys.walkPart(p, d, walkId, n),
            keys.codeHost(p),
            keys.codeHostToken(p),
            keys.readingVisit(a),
            keys.readingRead(a, i),
            keys.readingReadPrefix(a),
            keys.readingEntry(i),
          ];
          for (const k of all) expect(valid(k)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  test('distinct inputs give distinct keys, and a tick key sits under its own prefix only', () => {
    fc.assert(
      fc.property(
        fc.tuple(projectKey, period, itemId, accountId),
        fc.tuple(projectKey, period, itemId, accountId),
        (x, y) => {
          fc.pre(x.join('\u0000') !== y.join('\u0000'));
          expect(keys.tick(...x)).not.toBe(keys.tick(...y));
          expect(keys.tick(...x).startsWith(keys.ticksPrefix(x[0], x[1]))).toBe(true);
          if (x[0] !== y[0] || x[1] !== y[1])
            expect(keys.tick(...x).startsWith(keys.ticksPrefix(y[0], y[1]))).toBe(false);
        },
      ),
      { numRuns: 400 },
    );
  });

  test('a part round-trips unless it was too long and was hashed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        expect(fromKeyPart(keyPart(s))).toBe(s);
      }),
    );
    expect(keys.projectOfSettingsKey(keys.settings('FW'))).toBe('FW');
  });

  test("the demo's modern account id is a valid key part; `%` never appears", () => {
    const tess = '712020:3f1c2a9e-5b4d-4e7f-8a6b-9c0d1e2f3a4b';
    expect(keys.tick('FW', '2026-11-19', 'touch-base', tess)).toBe(
      'tick:FW:2026-11-19:touch-base:712020#3A3f1c2a9e-5b4d-4e7f-8a6b-9c0d1e2f3a4b',
    );
    expect(encodeURIComponent(tess)).toContain('%'); // what the keys were built with before
  });
});
