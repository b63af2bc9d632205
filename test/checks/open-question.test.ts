import type { Report } from '../../src/engine/report';
import { walkParsed } from '../../src/engine/walk';
import { parseSettings } from '../../src/settings/schema';
import { IssueSlimmer } from '../../src/fetch/slim-issue';
import type { Activity } from '../../src/snapshot/activity';
import type { Issue } from '../../src/snapshot/schema';
import { parseSnapshot } from '../../src/snapshot/parse-snapshot';
import {
  AT,
  findingsOf,
  generateComment,
  generateIssue,
  generateSnapshot,
  generateUser,
  run,
} from '../support/factories';

const users = [
  generateUser({ accountId: 'dana' }),
  generateUser({ accountId: 'fox' }),
  generateUser({ accountId: 'jira-bot', accountType: 'app' }),
];

function questions(comments: object[], settings = {}) {
  const issues = [generateIssue({ key: 'FW-1', assignee: 'dana', comments: comments as never })];
  return findingsOf(run(generateSnapshot({ issues, users: users }), settings), 'open-question');
}

const c = (author: string, created: string, text: string, id?: string) =>
  generateComment({ author, created, text, ...(id ? { id } : {}) });

describe('open-question', () => {
  test.each([
    [
      'an unanswered question',
      [c('fox', '2026-11-18T10:00:00.000+0000', 'Which API version?')],
      [{ code: 'unanswered', issueKey: 'FW-1', accountId: 'fox', day: null }],
    ],
    [
      'answered by someone else',
      [c('fox', '2026-11-18T10:00:00.000+0000', 'Which API version?'), c('dana', '2026-11-18T11:00:00.000+0000', 'v3')],
      [],
    ],
    [
      'only the asker wrote again',
      [
        c('fox', '2026-11-18T10:00:00.000+0000', 'Which API version?'),
        c('fox', '2026-11-18T11:00:00.000+0000', 'anyone'),
      ],
      [{ code: 'unanswered', issueKey: 'FW-1', accountId: 'fox', day: null }],
    ],
    [
      'an answer before the question does not count',
      [c('dana', '2026-11-18T09:00:00.000+0000', 'hello'), c('fox', '2026-11-18T10:00:00.000+0000', 'Ready?')],
      [{ code: 'unanswered', issueKey: 'FW-1', accountId: 'fox', day: null }],
    ],
    [
      "Focus Walk's own escalation (posted as the TPM) is no question",
      [
        c(
          'dana',
          '2026-11-18T10:00:00.000+0000',
          'Escalation level 2: FW-1 has been blocked by FW-9 for 3 working days.\nFor the attention of @Fox.\nPosted by Focus Walk.',
        ),
      ],
      [],
    ],
    [
      "Focus Walk's own comment answers nothing",
      [
        c('fox', '2026-11-18T10:00:00.000+0000', 'Which API version?'),
        c('dana', '2026-11-18T11:00:00.000+0000', 'Escalation level 2: FW-1 is blocked.\nPosted by Focus Walk.'),
      ],
      [{ code: 'unanswered', issueKey: 'FW-1', accountId: 'fox', day: null }],
    ],
    [
      'the mark inside a sentence is not the mark',
      [c('dana', '2026-11-18T10:00:00.000+0000', 'Blocked: see "Posted by Focus Walk." above?')],
      [{ code: 'unanswered', issueKey: 'FW-1', accountId: 'dana', day: null }],
    ],
    [
      'a blocker without a question mark',
      [c('dana', '2026-11-18T10:00:00.000+0000', 'I am stuck on the CORS error')],
      [{ code: 'unanswered', issueKey: 'FW-1', accountId: 'dana', day: null }],
    ],
    [
      '"needs help" is a blocker',
      [c('dana', '2026-11-18T10:00:00.000+0000', 'This needs help from infra')],
      [{ code: 'unanswered', issueKey: 'FW-1', accountId: 'dana', day: null }],
    ],
    ['a statement is not a question', [c('dana', '2026-11-18T10:00:00.000+0000', 'Deployed to staging.')], []],
    ['older than the window', [c('fox', '2026-11-11T11:59:00.000+0000', 'Which API version?')], []],
    ['an app asking is ignored', [c('jira-bot', '2026-11-18T10:00:00.000+0000', 'Did you log work?')], []],
    [
      'an app answering is ignored',
      [
        c('fox', '2026-11-18T10:00:00.000+0000', 'Which API?'),
        c('jira-bot', '2026-11-18T11:00:00.000+0000', 'Automated reply'),
      ],
      [{ code: 'unanswered', issueKey: 'FW-1', accountId: 'fox', day: null }],
    ],
  ])('%s', (_name, comments, expected) => {
    expect(questions(comments)).toEqual(expected);
  });

  test('data.commentId names the question', () => {
    const issues = [
      generateIssue({
        key: 'FW-1',
        assignee: 'dana',
        comments: [c('fox', '2026-11-18T10:00:00.000+0000', 'Why?', '777')] as never,
      }),
    ];
    const report = run(generateSnapshot({ issues, users: users }));
    expect(report.findings.find((f) => f.check === 'open-question')?.data.commentId).toBe('777');
  });

  // Comment ids are read from the issue's own list, offset by where its rows start in the walk's
  // columns: the question is on the second issue, and two of its questions share one instant.
  test('of two questions at one instant, the lower comment id is named, from Jira-shaped and compact comments', () => {
    const at = '2026-11-18T10:00:00.000+0000';
    const issues = [
      generateIssue({
        key: 'FW-1',
        assignee: 'dana',
        comments: [c('dana', at, 'Noted'), c('fox', at, 'Done')] as never,
      }),
      generateIssue({
        key: 'FW-2',
        assignee: 'dana',
        comments: [c('dana', at, 'Started', '5'), c('fox', at, 'Which one?', '9'), c('fox', at, 'Why?', '10')] as never,
      }),
    ];
    const snapshot = parseSnapshot(generateSnapshot({ issues, users }));
    const named = (report: Report) =>
      report.findings.filter((f) => f.check === 'open-question').map((f) => [f.issueKey, f.data.commentId]);
    expect(named(run(snapshot))).toEqual([['FW-2', '10']]);
    // A background walk's compact form, as the fetch makes it page by page.
    const activity: Activity = new Map();
    const slimmer = new IssueSlimmer();
    const compact = { ...snapshot, issues: snapshot.issues.map((i) => slimmer.compact(i, activity)) as Issue[] };
    expect(named(walkParsed(compact, parseSettings({}), Date.parse(AT), activity))).toEqual([['FW-2', '10']]);
  });

  test('the window follows settings.questionWindowDays', () => {
    const old = [c('fox', '2026-11-15T10:00:00.000+0000', 'Which API version?')];
    expect(questions(old, { questionWindowDays: 2 })).toEqual([]);
    expect(questions(old, { questionWindowDays: 7 })).toHaveLength(1);
  });

  // Marks are worked out per issue as its view is built (comment-marks.ts): a pattern naming
  // {KEY} matches the issue's own key only.
  test('a blocker pattern naming {KEY} marks a comment on its own issue only', () => {
    const text = 'Waiting on FW-1 deploy';
    const issues = ['FW-1', 'FW-2'].map((key) =>
      generateIssue({ key, assignee: 'dana', comments: [c('dana', '2026-11-18T10:00:00.000+0000', text)] as never }),
    );
    const report = run(generateSnapshot({ issues, users }), { blockerPattern: 'waiting on {KEY}' });
    expect(findingsOf(report, 'open-question').map((f) => f.issueKey)).toEqual(['FW-1']);
  });

  test("a background walk's compact comments are marked as Jira's are (asks, Focus Walk's own, apps)", () => {
    const issues = [
      generateIssue({
        key: 'FW-1',
        assignee: 'dana',
        comments: [
          c('fox', '2026-11-18T10:00:00.000+0000', 'Which API version?'),
          c('dana', '2026-11-18T11:00:00.000+0000', 'Escalation: FW-1 is blocked.\nPosted by Focus Walk.'),
        ] as never,
      }),
      generateIssue({
        key: 'FW-2',
        assignee: 'dana',
        comments: [
          c('dana', '2026-11-18T10:00:00.000+0000', 'I am stuck on the CORS error'),
          c('jira-bot', '2026-11-18T11:00:00.000+0000', 'Automated reply'),
        ] as never,
      }),
      generateIssue({
        key: 'FW-3',
        assignee: 'dana',
        comments: [c('fox', '2026-11-18T10:00:00.000+0000', 'Escalation?\nPosted by Focus Walk.')] as never,
      }),
    ];
    const snapshot = parseSnapshot(generateSnapshot({ issues, users }));
    const asked = (report: Report) => findingsOf(report, 'open-question').map((f) => [f.issueKey, f.accountId]);
    const expected = [
      ['FW-1', 'fox'],
      ['FW-2', 'dana'],
    ];
    expect(asked(run(snapshot))).toEqual(expected);
    const activity: Activity = new Map();
    const slimmer = new IssueSlimmer();
    const compact = { ...snapshot, issues: snapshot.issues.map((i) => slimmer.compact(i, activity)) as Issue[] };
    expect(asked(walkParsed(compact, parseSettings({}), Date.parse(AT), activity))).toEqual(expected);
  });
});
