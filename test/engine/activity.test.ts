import { issueActivity } from '../../src/snapshot/activity';
import { InputError } from '../../src/core/input-error';

/** The compact form refuses what the snapshot's schema refuses, naming where it is. */
const ok = { id: '1', created: '2026-11-19T09:00:00.000+0000', author: { accountId: 'a' }, body: 'Focus In' };
const text = (b: unknown) => String(b);

test('a comment or worklog without an instant with an offset is refused, naming the field', () => {
  const bad = () => issueActivity('FW-1', [ok, { ...ok, created: '2026-11-19 09:00' }], [], text);
  expect(bad).toThrow(InputError);
  expect(bad).toThrow('issues[FW-1].fields.comment.comments[1].created');
  expect(() => issueActivity('FW-1', [], [{ started: 'yesterday' }], text)).toThrow(
    'issues[FW-1].fields.worklog.worklogs[0].started',
  );
  expect(() => issueActivity('FW-1', [{ ...ok, author: 'tess' }], [], text)).toThrow(
    'issues[FW-1].fields.comment.comments[0].author',
  );
});

test('the columns hold each instant, author and text in order', () => {
  const a = issueActivity(
    'FW-1',
    [ok, { ...ok, id: '2', author: null }],
    [{ started: ok.created, author: ok.author }],
    text,
  );
  expect([...a.commentCreated]).toEqual([Date.parse('2026-11-19T09:00:00Z'), Date.parse('2026-11-19T09:00:00Z')]);
  expect(a.commentIds).toEqual(['1', '2']);
  expect(a.commentAuthors.map((u) => u?.accountId ?? null)).toEqual(['a', null]);
  expect(a.commentTexts).toEqual(['Focus In', 'Focus In']);
  expect(a.worklogAuthors.map((u) => u?.accountId)).toEqual(['a']);
});
