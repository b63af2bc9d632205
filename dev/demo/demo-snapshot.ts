import { IssueBuilder, FIELD_IDS, type IssuePlan } from './issue-builder';
import { SITE, assigneeItem, at, flagItem, linkItem, statusItem, userJson, type DemoUser } from './jira-shapes';
import { SeededRandom } from './random';
import { demoRisks, demoUpcoming } from './delivery-demo';
import { demoVersions } from './demo-versions';

/**
 * The demo data set: team FW of six over the two-week sprint of 9-20 Nov 2026, walked on
 * Thursday 19 Nov at 17:30 UTC. Four members do everything right; John Doggett (London) misses
 * his routine (no Focus In today, a late one yesterday) and carries too much; Jeffrey Spender has finished everything and is idle. The
 * rest of the findings sit on unassigned issues, a deactivated user's issue and a product
 * owner's question, so that every check and code fires at least once. Deterministic per seed:
 * the seed varies times of day, texts, durations and ids, never which findings exist.
 */
export const DEMO_AT = '2026-11-19T17:30:00.000Z';
const FETCHED_AT = Date.parse('2026-11-19T17:25:00.000Z');
const SPRINT_DAYS = [
  '2026-11-09',
  '2026-11-10',
  '2026-11-11',
  '2026-11-12',
  '2026-11-13',
  '2026-11-16',
  '2026-11-17',
  '2026-11-18',
  '2026-11-19',
];

const u = (accountId: string, displayName: string, timeZone: string, extra: Partial<DemoUser> = {}): DemoUser => ({
  accountId,
  displayName,
  timeZone,
  ...extra,
});

export const DEMO_USERS = {
  dana: u('712020:0d1a5c0e-dana-scully', 'Dana Scully', 'Europe/Berlin'),
  fox: u('712020:1f0c3a77-fox-mulder', 'Fox Mulder', 'America/Los_Angeles'),
  walter: u('712020:2b7e9d10-walter-skinner', 'Walter Skinner', 'America/New_York'),
  monica: u('712020:3c4f8e21-monica-reyes', 'Monica Reyes', 'Asia/Kolkata'),
  john: u('712020:4d5a9f32-john-doggett', 'John Doggett', 'Europe/London'),
  jeffrey: u('712020:5e6b0a43-jeffrey-spender', 'Jeffrey Spender', 'UTC'),
  tess: u('712020:6f7c1b54-tess-ortega', 'Tess Ortega', 'Europe/Berlin'), // the TPM: reports, assigns nothing to herself
  fowley: u('712020:7a8d2c65-diana-fowley', 'Diana Fowley', 'America/New_York'), // product owner, not on the team
  krycek: u('712020:8b9e3d76-alex-krycek', 'Alex Krycek', 'Europe/Moscow', { active: false }),
  automation: u('557058:f58131cb-b67d-43c7-b30d-6b58d40bd077', 'Automation for Jira', 'UTC', { accountType: 'app' }),
};
const U = DEMO_USERS;

const EPICS = {
  login: { key: 'FW-1', id: '10001', summary: 'Login revamp', type: 'Epic' },
  reports: { key: 'FW-2', id: '10002', summary: 'Team reports', type: 'Epic' },
};

const FOCUS_IN = ['Focus In: {plan}', 'Focus in - today: {plan}', 'Focus-In\nPlan: {plan}\nBlockers: none'];
const FOCUS_OUT = ['Focus Out: {done}', 'Focus out - done: {done}\nTomorrow: keep going', 'Focus-Out\nDone: {done}'];
const PLANS = [
  'finish the form validation',
  'pair on the API contract',
  'write the tests for the edge cases',
  'profile the slow query',
  'review the design notes',
];
const DONE = ['validation merged', 'API contract drafted', 'tests green', 'query 3x faster', 'design notes updated'];

export function generateDemoSnapshot(seed = 20261119): Record<string, unknown> {
  const rnd = new SeededRandom(seed);
  const cutoff = FETCHED_AT;
  const day0 = at('2026-11-09', '08:00', 'UTC');
  const builders: IssueBuilder[] = [];
  const issue = (plan: Omit<IssuePlan, 'reporter' | 'created'> & { created?: number }): IssueBuilder => {
    const b = new IssueBuilder({ reporter: U.tess, created: day0 - 3 * 86400000, ...plan }, cutoff);
    builders.push(b);
    return b;
  };
  const move = (b: IssueBuilder, date: string, time: string, from: string, to: string, by: DemoUser = U.tess) =>
    b.change(by, at(date, time, by.timeZone), statusItem(from, to));

  // --- The team's issues -------------------------------------------------------------------
  const fw140 = issue({
    key: 'FW-140',
    summary: 'Login form: copy review',
    type: 'Subtask',
    status: 'Done',
    assignee: U.dana,
    points: null,
    labels: ['feature'],
    parent: { key: 'FW-101', id: '10101', summary: 'Login form', type: 'Story' },
  });
  move(fw140, '2026-11-09', '08:15', 'To Do', 'Implement', U.dana);
  move(fw140, '2026-11-09', '17:00', 'Implement', 'Done', U.dana);

  const fw101 = issue({
    key: 'FW-101',
    summary: 'Login form',
    type: 'Story',
    status: 'Implement',
    assignee: U.dana,
    points: 5,
    labels: ['feature'],
    parent: EPICS.login,
  });
  fw101.change(U.tess, at('2026-11-10', '09:00', U.tess.timeZone), assigneeItem(U.walter, U.dana)); // reassigned
  move(fw101, '2026-11-10', '09:05', 'To Do', 'Implement', U.dana);

  const fw102 = issue({
    key: 'FW-102',
    summary: 'Report layout',
    type: 'Story',
    status: 'Design',
    assignee: U.fox,
    points: 3,
    labels: ['design'],
    parent: EPICS.reports,
  });
  move(fw102, '2026-11-09', '08:40', 'To Do', 'Design', U.fox);

  const fw103 = issue({
    key: 'FW-103',
    summary: 'Compare reporting APIs',
    type: 'Task',
    status: 'Research',
    assignee: U.walter,
    points: 3,
    labels: ['research'],
    parent: EPICS.reports,
  });
  move(fw103, '2026-11-09', '08:35', 'To Do', 'Research', U.walter);

  const fw110 = issue({
    key: 'FW-110',
    summary: 'Session timeout',
    type: 'Story',
    status: 'Review',
    assignee: U.walter,
    points: 2,
    labels: ['feature'],
    parent: EPICS.login,
  });
  move(fw110, '2026-11-09', '10:00', 'To Do', 'Implement', U.walter);
  move(fw110, '2026-11-18', '15:00', 'Implement', 'Review', U.walter);
  fw110.comment(U.automation, at('2026-11-19', '09:00', 'UTC'), 'Automation for Jira: is this ready to merge?');

  const fw104 = issue({
    key: 'FW-104',
    summary: 'Speed up the weekly report query',
    type: 'Improvement',
    status: 'Optimize',
    assignee: U.monica,
    points: 5,
    labels: ['improvement'],
    parent: EPICS.reports,
  });
  move(fw104, '2026-11-09', '09:10', 'To Do', 'Optimize', U.monica);
  fw104.comment(U.monica, at('2026-11-09', '11:00', U.monica.timeZone), 'Should we profile on production data?');

  const fw105 = issue({
    key: 'FW-105',
    summary: 'Token refresh',
    type: 'Story',
    status: 'Implement',
    assignee: U.john,
    points: 8,
    labels: ['feature'],
    parent: EPICS.login,
  });
  move(fw105, '2026-11-09', '09:00', 'To Do', 'Implement', U.john);

  const fw106 = issue({
    key: 'FW-106',
    summary: 'Rotate signing keys',
    type: 'Task',
    status: 'Deploy',
    assignee: U.john,
    points: 3,
    labels: ['chore'],
    parent: EPICS.login,
  });
  move(fw106, '2026-11-09', '09:30', 'To Do', 'Implement', U.john);
  move(fw106, '2026-11-17', '10:00', 'Implement', 'Deploy', U.john);

  issue({
    key: 'FW-107',
    summary: 'Remember me',
    type: 'Story',
    status: 'To Do',
    assignee: U.john,
    points: 5,
    labels: ['feature'],
    parent: EPICS.reports,
  });

  const fw108 = issue({
    key: 'FW-108',
    summary: 'Null totals in the CSV',
    type: 'Bug',
    status: 'Done',
    assignee: U.jeffrey,
    points: 2,
    labels: ['bug'],
    parent: EPICS.reports,
    fixVersions: ['1.4.0'],
  });
  move(fw108, '2026-11-09', '09:00', 'To Do', 'Implement', U.jeffrey);
  move(fw108, '2026-11-16', '16:00', 'Implement', 'Done', U.jeffrey);
  const fw109 = issue({
    key: 'FW-109',
    summary: 'Document the report API',
    type: 'Task',
    status: 'Done',
    assignee: U.jeffrey,
    points: 1,
    labels: ['documentation'],
    parent: EPICS.reports,
  });
  move(fw109, '2026-11-16', '16:30', 'To Do', 'Done', U.jeffrey);
  // Closed while its review sub-task is still open ("done means done").
  issue({
    key: 'FW-141',
    summary: 'Review the API docs with support',
    type: 'Subtask',
    status: 'To Do',
    assignee: null,
    points: null,
    labels: ['documentation'],
    parent: { key: 'FW-109', id: '10109', summary: 'Document the report API', type: 'Task' },
  });

  // --- Issues outside the team: where the remaining codes fire ----------------------------------
  const fw120 = issue({
    key: 'FW-120',
    summary: 'Audit log export',
    type: 'Task',
    status: 'Implement',
    assignee: U.krycek,
    points: 3,
    labels: ['chore'],
    parent: EPICS.reports,
    fixVersions: ['1.5.0'], // a version without a date
  });
  move(fw120, '2026-11-10', '10:00', 'To Do', 'Implement');

  issue({
    key: 'FW-130',
    summary: 'Checkout fails for some users',
    type: 'Incident',
    status: 'Waiting for QA',
    assignee: null,
    points: null,
    labels: [],
    parent: null,
    priority: 'High',
  });

  const fw131 = issue({
    key: 'FW-131',
    summary: 'Totals are null for empty weeks',
    type: 'Bug',
    status: 'Review',
    assignee: null,
    points: 2,
    labels: ['bug', 'urgent'],
    parent: EPICS.reports,
  });
  move(fw131, '2026-11-11', '10:00', 'To Do', 'Implement');
  move(fw131, '2026-11-16', '10:00', 'Implement', 'Review');

  const fw132 = issue({
    key: 'FW-132',
    summary: 'Export the report as CSV',
    type: 'Story',
    status: 'Review',
    assignee: null,
    points: 3,
    labels: ['feature'],
    parent: EPICS.reports,
  });
  move(fw132, '2026-11-12', '10:00', 'To Do', 'Implement');
  move(fw132, '2026-11-19', '09:00', 'Implement', 'Review');

  const fw133 = issue({
    key: 'FW-133',
    summary: 'Retry failed webhooks',
    type: 'Task',
    status: 'Implement',
    assignee: null,
    points: 2,
    labels: ['tech-debt'],
    parent: EPICS.login,
  });
  move(fw133, '2026-11-13', '10:00', 'To Do', 'Implement');

  const fw134 = issue({
    key: 'FW-134',
    summary: 'SSO for the pilot customer',
    type: 'Story',
    status: 'To Do',
    assignee: null,
    points: 5,
    labels: ['feature'],
    parent: EPICS.login,
    blockedBy: [{ key: 'FW-135', id: '10135', status: 'Implement' }],
  });
  fw134.change(U.tess, at('2026-11-19', '11:00', U.tess.timeZone), linkItem('FW-135'));

  const fw135 = issue({
    key: 'FW-135',
    summary: 'Identity provider contract',
    type: 'Task',
    status: 'Implement',
    assignee: null,
    points: 3,
    labels: ['research'],
    parent: EPICS.login,
  });
  move(fw135, '2026-11-11', '09:00', 'To Do', 'Implement');
  fw135.comment(
    U.fowley,
    at('2026-11-18', '14:00', U.fowley.timeZone),
    '@Dana does the pilot need SSO before the release?',
    { Dana: U.dana.accountId },
  );

  const fw136 = issue({
    key: 'FW-136',
    summary: 'Load test the report service',
    type: 'Task',
    status: 'To Do',
    assignee: null,
    points: 3,
    labels: ['research'],
    parent: EPICS.reports,
    flagged: true,
    // The ops team's load-test environment: another team's blocker.
    blockedBy: [{ key: 'OPS-12', id: '20012', status: 'Implement' }],
  });
  fw136.change(U.tess, at('2026-11-16', '09:00', U.tess.timeZone), flagItem());

  const fw137 = issue({
    key: 'FW-137',
    summary: 'Security fix for the login endpoint',
    type: 'Bug',
    status: 'To Do',
    assignee: null,
    points: 1,
    labels: ['security'],
    parent: EPICS.login,
    priority: 'Highest',
    blockedBy: [{ key: 'FW-135', id: '10135', status: 'Implement' }],
    fixVersions: ['1.4.0'], // blocks the 1.4.0 release
  });
  fw137.change(U.tess, at('2026-11-18', '16:00', U.tess.timeZone), linkItem('FW-135'));

  // --- The daily routine: Focus In, work, Focus Out ------------------------------------------
  const routine = (
    who: DemoUser,
    focus: (day: string) => IssueBuilder[],
    skip: { focusIn?: string[]; focusOut?: string[]; worklog?: Record<string, string[]> } = {},
  ) => {
    for (const day of SPRINT_DAYS) {
      const issues = focus(day);
      const main = issues[0];
      if (!main) continue;
      const inAt = at(day, rnd.time('08:30', '09:29'), who.timeZone);
      if (!skip.focusIn?.includes(day)) main.comment(who, inAt, rnd.pick(FOCUS_IN).replace('{plan}', rnd.pick(PLANS)));
      let start = inAt + rnd.int(15, 45) * 60000;
      for (const b of issues) {
        const seconds = rnd.int(4, 12) * 900;
        if (!skip.worklog?.[b.plan.key]?.includes(day)) b.worklog(who, start, seconds, rnd.pick(PLANS));
        start += seconds * 1000 + 30 * 60000;
      }
      if (day !== '2026-11-19' && !skip.focusOut?.includes(day)) {
        main.comment(
          who,
          at(day, rnd.time('17:00', '18:29'), who.timeZone),
          rnd.pick(FOCUS_OUT).replace('{done}', rnd.pick(DONE)),
        );
      }
    }
  };
  routine(U.dana, (d) => (d === '2026-11-09' ? [fw140] : [fw101]));
  routine(U.fox, () => [fw102]);
  routine(U.walter, (d) => (d < '2026-11-18' ? [fw103, fw110] : [fw103]));
  routine(U.monica, () => [fw104]);
  routine(U.jeffrey, (d) => (d <= '2026-11-16' ? [fw108] : []));
  routine(U.john, () => [fw105, fw106], {
    focusIn: ['2026-11-18', '2026-11-19'],
    focusOut: ['2026-11-18'],
    worklog: { 'FW-105': ['2026-11-17', '2026-11-18', '2026-11-19'], 'FW-106': ['2026-11-18', '2026-11-19'] },
  });
  // Fox writes Wednesday's Focus Out at 23:30 in Los Angeles: Thursday in UTC, Wednesday for him.
  fw102.comment(U.fox, at('2026-11-18', '23:30', U.fox.timeZone), 'Focus Out: layout options drafted');
  // On Wednesday John starts work (on his next story) before he focuses in; on Thursday he writes none.
  const fw107 = builders.find((b) => b.plan.key === 'FW-107') as IssueBuilder;
  fw107.worklog(U.john, at('2026-11-18', '09:00', U.john.timeZone), 1800, 'remember-me spike');
  fw105.comment(U.john, at('2026-11-18', '09:30', U.john.timeZone), 'Focus In: token refresh, then the key rotation');
  // A question that was answered.
  fw103.comment(U.fox, at('2026-11-17', '10:00', U.fox.timeZone), 'Which API version should the report client use?');
  fw103.comment(U.walter, at('2026-11-17', '14:00', U.walter.timeZone), 'v3, the v2 endpoints are deprecated.');

  // --- Linked code (what a code-host connection finds) --------------------------------------
  const sha = () => rnd.hex(40);
  const when = (date: string) => `${date}T10:00:00.000+0000`;
  const commit = (message: string, who: DemoUser, date: string) => ({
    id: sha(),
    message,
    author: { name: who.displayName, email: `${who.accountId}@acme.test` },
    timestamp: when(date),
    url: `https://github.com/acme/focus-walk-demo/commit/${sha()}`,
  });
  const branch = (name: string) => ({ name, url: `https://github.com/acme/focus-walk-demo/tree/${name}` });
  const development: Record<string, unknown> = {
    [fw101.id]: {
      branches: [branch('feature/FW-101-login-form')],
      commits: [
        commit('FW-101 Add login form #time 2h 30m', U.dana, '2026-11-16'),
        commit('FW-101 Validate the email field', U.dana, '2026-11-18'),
      ],
      pullRequests: [],
      summary: { branches: 1, commits: 2, pullRequests: 0 },
    },
    [fw110.id]: {
      branches: [branch('feature/FW-110-session-timeout')],
      commits: [commit('FW-110 Expire idle sessions #time 4h', U.walter, '2026-11-17')],
      pullRequests: [
        {
          id: '110',
          title: 'FW-110 Session timeout',
          status: 'OPEN',
          sourceBranch: 'feature/FW-110-session-timeout',
          url: 'https://github.com/acme/focus-walk-demo/pull/110',
          additions: 140,
          deletions: 25,
          approvals: 1,
          ci: { state: 'none', failed: [], url: null }, // review asked before any CI ran
          mergedAt: null,
        },
      ],
      summary: { branches: 1, commits: 1, pullRequests: 1 },
    },
    // Merged without a review, and a follow-up still open after the issue was closed.
    [fw109.id]: {
      branches: [],
      commits: [],
      pullRequests: [
        {
          id: '109',
          title: 'FW-109 Report API docs',
          status: 'MERGED',
          sourceBranch: 'chore/FW-109-report-api-docs',
          url: 'https://github.com/acme/focus-walk-demo/pull/109',
          additions: 90,
          deletions: 4,
          approvals: 0,
          ci: { state: 'success', failed: [], url: 'https://github.com/acme/focus-walk-demo/runs/1109' },
          mergedAt: '2026-11-16T16:20:00.000Z',
        },
        {
          id: '112',
          title: 'FW-109 Fix typos in the report API docs',
          status: 'OPEN',
          sourceBranch: 'chore/FW-109-docs-typos',
          url: 'https://github.com/acme/focus-walk-demo/pull/112',
          additions: 6,
          deletions: 6,
          approvals: 1,
          ci: { state: 'success', failed: [], url: 'https://github.com/acme/focus-walk-demo/runs/1112' },
          mergedAt: null,
        },
      ],
      summary: { branches: 0, commits: 0, pullRequests: 2 },
    },
    [fw104.id]: { branches: [], commits: [], pullRequests: [], summary: { branches: 1, commits: 3, pullRequests: 0 } },
    [fw105.id]: {
      branches: [branch('john/FW-105-login-fix')],
      commits: [commit('FW-105 Refresh tokens before expiry #time 3h', U.john, '2026-11-16')],
      pullRequests: [],
      summary: { branches: 1, commits: 1, pullRequests: 0 },
    },
    [fw108.id]: {
      branches: [branch('bugfix/FW-108-null-totals')],
      commits: [commit('FW-108 Treat empty weeks as zero', U.jeffrey, '2026-11-13')],
      pullRequests: [
        {
          id: '108',
          title: 'FW-108 Null totals',
          status: 'MERGED',
          sourceBranch: 'bugfix/FW-108-null-totals',
          url: 'https://github.com/acme/focus-walk-demo/pull/108',
          additions: 40,
          deletions: 12,
          approvals: 2,
          // Merged red: lint failed on the head commit.
          ci: { state: 'failure', failed: ['lint'], url: 'https://github.com/acme/focus-walk-demo/runs/1108' },
          mergedAt: '2026-11-16T15:40:00.000Z',
        },
      ],
      summary: { branches: 1, commits: 1, pullRequests: 1 },
    },
    [fw120.id]: {
      branches: [branch('krycek-wip-FW-120')],
      commits: [
        commit('wip stuff\n\nRefs FW-120', U.krycek, '2026-11-12'),
        commit('FW-120 Export audit log #time two hours', U.krycek, '2026-11-13'),
      ],
      pullRequests: [],
      summary: { branches: 1, commits: 2, pullRequests: 0 },
    },
    [fw131.id]: {
      branches: [branch('bugfix/FW-131-empty-weeks')],
      commits: [commit('FW-131 Handle empty weeks', U.tess, '2026-11-13')],
      pullRequests: [
        {
          id: '131',
          title: 'Handle empty weeks in totals',
          status: 'OPEN',
          sourceBranch: 'bugfix/FW-131-empty-weeks',
          url: 'https://github.com/acme/focus-walk-demo/pull/131',
          additions: 480,
          deletions: 120,
          approvals: 0,
          ci: { state: 'failure', failed: ['unit tests'], url: 'https://github.com/acme/focus-walk-demo/runs/1131' },
          mergedAt: null,
        },
      ],
      summary: { branches: 1, commits: 1, pullRequests: 1 },
    },
    [fw132.id]: {
      branches: [branch('feature/FW-132-export-csv')],
      commits: [commit('FW-132 Export CSV', U.tess, '2026-11-18')],
      pullRequests: [],
      summary: { branches: 1, commits: 1, pullRequests: 0 },
    },
    [fw133.id]: { branches: [], commits: [], pullRequests: [], summary: { branches: 0, commits: 0, pullRequests: 0 } },
  };

  // --- The reading hour (the Confluence macro's log) ---------------------------------------
  const readingLog: Array<Record<string, unknown>> = [];
  for (const who of [U.dana, U.fox, U.walter, U.monica, U.john, U.jeffrey]) {
    for (const date of SPRINT_DAYS.slice(0, -1)) {
      const minutes = who === U.john && date === '2026-11-18' ? 20 : rnd.int(60, 95);
      readingLog.push({ accountId: who.accountId, date, minutes, pageIds: [String(98300 + rnd.int(1, 40))] });
    }
  }

  const sorted = [...builders].sort((a, b) => Number(a.plan.key.split('-')[1]) - Number(b.plan.key.split('-')[1]));
  return {
    version: 1,
    site: SITE,
    fetchedAt: new Date(FETCHED_AT).toISOString(),
    project: { id: '10000', key: 'FW', name: 'Focus Walk' },
    sprint: {
      id: 7,
      self: `${SITE}/rest/agile/1.0/sprint/7`,
      name: 'FW Sprint 7',
      state: 'active',
      startDate: '2026-11-09T08:00:00.000Z',
      endDate: '2026-11-20T17:00:00.000Z',
      originBoardId: 3,
      goal: 'Login revamp ready for the pilot',
    },
    board: {
      id: 3,
      name: 'FW board',
      type: 'scrum',
      columns: [
        'To Do',
        'Design',
        'Research',
        'Optimize',
        'Implement',
        'Review',
        'Deploy',
        'Waiting for QA',
        'Done',
      ].map((name) => ({ name, statusIds: [statusIdOf(name)] })),
    },
    fields: FIELD_IDS,
    issues: sorted.map((b) => b.issueJson()),
    changelogs: sorted.map((b) => b.changelogJson()),
    users: Object.values(U).map(userJson),
    development,
    readingLog,
    upcoming: demoUpcoming(EPICS.reports),
    versions: demoVersions(),
    risks: demoRisks({ tpm: U.tess.accountId, developer: U.dana.accountId }),
  };
}

function statusIdOf(name: string): string {
  return String(
    10000 +
      ['To Do', 'Design', 'Research', 'Optimize', 'Implement', 'Review', 'Deploy', 'Waiting for QA', 'Done'].indexOf(
        name,
      ),
  );
}
