import { InputError } from '../../src/core/input-error';
import { walk } from '../../src/engine/walk';
import { AT, generateComment, generateIssue, generateSnapshot } from '../support/factories';

function pathOf(snapshot: unknown, at = AT): string {
  try {
    walk(snapshot, {}, at);
  } catch (error) {
    if (error instanceof InputError) return error.path;
    throw error;
  }
  throw new Error('expected a rejection');
}

const good = () =>
  generateSnapshot({
    issues: [generateIssue({ key: 'FW-1', assignee: 'dana' }), generateIssue({ key: 'FW-2', assignee: 'dana' })],
  }) as unknown as Record<string, any>;

describe('snapshot validation', () => {
  test('a good snapshot walks', () => {
    expect(walk(good(), {}, AT).project.key).toBe('FW');
  });

  test.each([
    ['a missing status', (s: Record<string, any>) => delete s.issues[1].fields.status, 'issues[1].fields.status'],
    [
      'a status without category',
      (s: Record<string, any>) => delete s.issues[0].fields.status.statusCategory,
      'issues[0].fields.status.statusCategory',
    ],
    [
      'an instant without offset',
      (s: Record<string, any>) => (s.issues[0].fields.created = '2026-11-19T08:58:00.000'),
      'issues[0].fields.created',
    ],
    [
      'a comment instant without offset',
      (s: Record<string, any>) =>
        (s.issues[0].fields.comment.comments = [generateComment({ author: 'dana', created: '2026-11-19 08:58' })]),
      'issues[0].fields.comment.comments[0].created',
    ],
    ['issues not a list', (s: Record<string, any>) => (s.issues = {}), 'issues'],
    ['a wrong version', (s: Record<string, any>) => (s.version = 2), 'version'],
    [
      'story points not a number',
      (s: Record<string, any>) => (s.issues[1].fields.customfield_10016 = 'three'),
      'issues[1].fields.customfield_10016',
    ],
    [
      'a reading log date',
      (s: Record<string, any>) => (s.readingLog = [{ accountId: 'a', date: '19/11/2026', minutes: 3 }]),
      'readingLog[0].date',
    ],
  ])('rejects %s with the path of the first bad field', (_name, mutate, path) => {
    const s = good();
    mutate(s);
    expect(pathOf(s)).toBe(path);
  });

  test('unknown fields in Jira payloads are ignored', () => {
    const s = good();
    s.issues[0].fields.customfield_99999 = { anything: true };
    s.issues[0].expand = 'renderedFields';
    expect(walk(s, {}, AT).findings).toEqual(walk(good(), {}, AT).findings);
  });

  test('a bad `at` is rejected', () => {
    expect(() => walk(good(), {}, 'yesterday')).toThrow(InputError);
    expect(() => walk(good(), {}, '2026-11-19T12:00:00')).toThrow(/at/);
  });
});
