import { keysIn } from '../../src/codehost/linked-code';

describe('issue keys in branch names, commit messages and titles', () => {
  test.each([
    ['feature/FW-12-login', ['FW-12']],
    ['fw-12 lower case', ['FW-12']],
    ['FW-123 is another issue', []],
    ['XFW-12 is not the key', []],
    ['FW-12 and FW-7', ['FW-12', 'FW-7']],
  ])('keys in %p', (text, expected) => {
    expect(keysIn(text, new Set(['FW-12', 'FW-7']), 'FW')).toEqual(expected);
  });
});
