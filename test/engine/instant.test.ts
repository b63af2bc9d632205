import { parseInstant } from '../../src/core/time/instant';

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
