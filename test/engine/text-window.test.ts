import { textsReadSince } from '../../src/engine/text-window';
import { parseSettings } from '../../src/settings/schema';
import { findingsOf, generateComment, generateIssue, generateSnapshot, generateUser, run } from '../support/factories';

/**
 * A walk keeps the text only of comments from textsReadSince on (engine/text-window.ts). These
 * comments lie at the earliest instants a check reads: a window cut any later loses them.
 */
describe('the text window', () => {
  const users = [
    generateUser({ accountId: 'kiri', timeZone: 'Pacific/Kiritimati' }), // UTC+14
    generateUser({ accountId: 'fox' }),
  ];
  const walkOf = (comments: object[], settings: object, at: string) =>
    run(
      generateSnapshot({
        issues: [generateIssue({ key: 'FW-1', assignee: 'kiri', comments: comments as never })],
        users,
      }),
      settings,
      at,
    );

  test('a question asked one minute inside settings.questionWindowDays is read', () => {
    const at = '2026-11-19T12:00:00.000+0000';
    const question = generateComment({ author: 'fox', created: '2026-11-12T12:01:00.000+0000', text: 'Which API?' });
    expect(textsReadSince(parseSettings({}), Date.parse(at))).toBeLessThan(Date.parse(question.created as string));
    const found = findingsOf(walkOf([question], {}, at), 'open-question');
    expect(found).toEqual([{ code: 'unanswered', issueKey: 'FW-1', accountId: 'fox', day: null }]);
  });

  test('a Focus In at the start of the previous working day in UTC+14, three days back, is read', () => {
    // Sunday 10:30 UTC is Monday 00:30 at UTC+14: its previous working day, Friday, began at
    // Thursday 10:00 UTC, an hour after the window's start (no question window to widen it).
    const at = '2026-11-22T10:30:00.000+0000';
    const settings = { questionWindowDays: 0 };
    const focusIn = generateComment({
      author: 'kiri',
      created: '2026-11-20T00:05:00.000+1400',
      text: 'Focus In: FW-1',
    });
    const missing = (comments: object[]) =>
      findingsOf(walkOf(comments, settings, at), 'focus-in').filter((f) => f.accountId === 'kiri');
    expect(missing([])).toEqual([{ code: 'missing', issueKey: null, accountId: 'kiri', day: '2026-11-20' }]);
    expect(missing([focusIn])).toEqual([]);
  });
});
