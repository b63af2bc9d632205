import { parseInstant } from '../../src/core/time/instant';
import fc from 'fast-check';

describe('parseInstant', () => {
  test.each([
    ['2026-11-19T08:58:00.000+0100', '2026-11-19T07:58:00.000Z'],
    ['2026-11-19T08:58:00.000+01:00', '2026-11-19T07:58:00.000Z'],
    ['2026-11-19T08:58:00.123456-0800', '2026-11-19T16:58:00.123Z'],
    ['2026-11-19T08:58Z', '2026-11-19T08:58:00.000Z'],
    ['2026-11-19T23:30:00.000+0530', '2026-11-19T18:00:00.000Z'],
    ['2024-02-29T00:00:00.000+0000', '2024-02-29T00:00:00.000Z'],
  ])('%s is %s', (text, iso) => {
    expect(new Date(parseInstant(text)).toISOString()).toBe(iso);
  });

  test.each([
    '2026-11-19T08:58:00.000',
    '2026-11-19',
    '2026-13-01T00:00:00Z',
    '2026-02-29T00:00:00Z',
    '2026-11-19T24:00:00Z',
    'yesterday',
    '',
  ])('%s is not an instant with an offset', (text) => {
    expect(parseInstant(text)).toBeNaN();
  });
});

describe('parseInstant counts days as Date.UTC does', () => {
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  test('every date from year 0100 to 9999, at any time and offset', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0100-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59.999Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -18 * 60, max: 18 * 60 }),
        (date, offsetMinutes) => {
          const d = date;
          const sign = offsetMinutes < 0 ? '-' : '+';
          const off = Math.abs(offsetMinutes);
          const text =
            `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}` +
            `T${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}.${pad(d.getUTCMilliseconds(), 3)}` +
            `${sign}${pad(Math.floor(off / 60), 2)}${pad(off % 60, 2)}`;
          // The text names local time d at that offset: the instant is d minus the offset.
          expect(parseInstant(text)).toBe(d.getTime() - offsetMinutes * 60000);
        },
      ),
      { numRuns: 5000, seed: 26 },
    );
  });

  test('years 0-99 keep Date.UTC reading (1900-1999)', () => {
    expect(parseInstant('0050-03-01T00:00:00.000Z')).toBe(Date.UTC(50, 2, 1));
  });
});
