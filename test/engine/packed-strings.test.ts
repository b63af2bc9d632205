import { packed } from '../../src/engine/packed-strings';

test('packed gives back equal strings, one for one and in order, whatever they hold', () => {
  const keys = ['FW-10', 'FW-2', '', 'a much longer issue key than thirteen characters-1', 'FW-2', 'ünï-7'];
  expect(packed(keys)).toEqual(keys);
  expect(packed([])).toEqual([]);
  expect(packed([''])).toEqual(['']);
  // The separator inside a string: the split would not give the strings back, so the originals stay.
  const odd = ['FW-1', 'FW\u00002', 'FW-3'];
  expect(packed(odd)).toBe(odd);
});
