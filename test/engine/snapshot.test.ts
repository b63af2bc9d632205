import { InputError } from '../../src/core/input-error';
import { walk } from '../../src/engine/walk';
import { parseSnapshot } from '../../src/snapshot/parse-snapshot';
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

  // The walk checks each issue as it reads it (parseSnapshotLazily): it must reject exactly as
  // checking the whole snapshot first does, whichever issue it reads first.
  describe('issues checked as they are read name what the whole check names', () => {
    const errorOf = (fn: () => unknown): InputError => {
      try {
        fn();
      } catch (error) {
        if (error instanceof InputError) return error;
        throw error;
      }
      throw new Error('expected a rejection');
    };
    const many = () =>
      generateSnapshot({
        issues: Array.from({ length: 30 }, (_, i) => generateIssue({ key: `FW-${i + 1}`, assignee: 'dana' })),
      }) as unknown as Record<string, any>;

    test.each([
      ['a late issue bad', (s: Record<string, any>) => delete s.issues[27].fields.issuetype],
      [
        'two issues bad, the later first by key',
        (s: Record<string, any>) => {
          delete s.issues[2].fields.status; // FW-3
          s.issues[9].fields.created = 'soon'; // FW-10, read first by key
        },
      ],
      ['comments not a list', (s: Record<string, any>) => (s.issues[4].fields.comment.comments = { length: 1e12 })],
      [
        'a bad issue and bad custom field',
        (s: Record<string, any>) => {
          s.issues[1].fields.customfield_10016 = 'three';
          delete s.issues[20].fields.status;
        },
      ],
      ['an issue that is no object', (s: Record<string, any>) => (s.issues[5] = null)],
      // Keys and ids are read in the walk's first pass over the issues, before any issue is checked.
      ['a key that is a number', (s: Record<string, any>) => (s.issues[17].key = 18)],
      ['an issue without an id', (s: Record<string, any>) => delete s.issues[3].id],
      // Changelog entries are checked as the walk indexes them, before the issues are read.
      [
        'a bad changelog instant',
        (s: Record<string, any>) => (s.changelogs[11].changeHistories = [{ id: '1', created: 'soon', items: [] }]),
      ],
      ['a changelog entry without issueId', (s: Record<string, any>) => delete s.changelogs[29].issueId],
      [
        'a bad changelog entry and a bad issue before it',
        (s: Record<string, any>) => {
          delete s.issues[2].fields.status;
          s.changelogs[0] = { issueId: s.issues[0].id, changeHistories: 'none' };
        },
      ],
    ])('%s', (_name, mutate) => {
      const s = many();
      mutate(s);
      const whole = errorOf(() => parseSnapshot(s));
      const walked = errorOf(() => walk(s, {}, AT));
      expect([walked.path, walked.message]).toEqual([whole.path, whole.message]);
    });

    test('a bad snapshot is named before bad settings', () => {
      const s = many();
      delete s.issues[12].fields.status;
      expect(errorOf(() => walk(many(), { questionWindowDays: 'many' }, AT)).source).toBe('settings');
      const error = errorOf(() => walk(s, { questionWindowDays: 'many' }, AT));
      expect(error.source).toBe('snapshot');
      expect(error.path).toBe('issues[12].fields.status');
      const t = many();
      t.changelogs[7].changeHistories = [{ id: '1', created: '2026-11-18T09:00:00.000+0000', items: null }];
      expect(errorOf(() => walk(t, { questionWindowDays: 'many' }, AT)).path).toBe(
        'changelogs[7].changeHistories[0].items',
      );
    });
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
