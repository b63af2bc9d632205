import { IssueBuilder, FIELD_IDS } from './issue-builder';
import { SITE, at, statusItem, userJson, type DemoUser } from './jira-shapes';
import { SeededRandom } from './random';

export interface LargeSprintOptions {
  issues: number;
  commentsPerIssue: number;
  worklogsPerIssue: number;
  members: number;
  seed?: number;
}

const ZONES = [
  'Europe/Berlin',
  'America/Los_Angeles',
  'America/New_York',
  'Asia/Kolkata',
  'Europe/London',
  'UTC',
  'Australia/Sydney',
];
const STATUSES = ['To Do', 'Design', 'Research', 'Optimize', 'Implement', 'Review', 'Deploy', 'Done'];
const DAYS = [
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
const TEXTS = [
  'Focus In: {k}',
  'Focus Out: {k} done for today',
  'Pushed the fix for {k}',
  'Can you review {k}?',
  'Looks good to me',
  'I am stuck on the flaky test',
];

/** A big, plausible sprint for the benchmark: same shapes as the demo, sizes on demand. */
export function generateLargeSprint(o: LargeSprintOptions): Record<string, unknown> {
  const rnd = new SeededRandom(o.seed ?? 42);
  const members: DemoUser[] = Array.from({ length: o.members }, (_, i) => ({
    accountId: `712020:bench-${String(i).padStart(4, '0')}`,
    displayName: `Member ${i + 1}`,
    timeZone: ZONES[i % ZONES.length] ?? 'UTC',
  }));
  const cutoff = Date.parse('2026-11-19T17:25:00.000Z');
  const builders: IssueBuilder[] = [];
  for (let n = 1; n <= o.issues; n++) {
    const assignee = rnd.int(0, 9) === 0 ? null : rnd.pick(members);
    const status = rnd.pick(STATUSES);
    const b = new IssueBuilder(
      {
        key: `BIG-${n}`,
        summary: `Issue ${n}`,
        type: rnd.pick(['Story', 'Task', 'Bug']),
        status,
        assignee,
        reporter: members[0] as DemoUser,
        created: at('2026-11-02', rnd.time('08:00', '17:00'), 'UTC'),
        points: rnd.int(0, 4) === 0 ? null : rnd.int(1, 8),
        labels: [rnd.pick(['feature', 'bug', 'chore', 'urgent'])],
        parent: rnd.int(0, 9) === 0 ? null : { key: 'BIG-0', id: '9999', summary: 'Epic', type: 'Epic' },
        flagged: rnd.int(0, 49) === 0,
      },
      cutoff,
    );
    const who = assignee ?? rnd.pick(members);
    b.change(
      who,
      at(rnd.pick(DAYS.slice(0, 4)), rnd.time('08:00', '12:00'), who.timeZone),
      statusItem('To Do', 'Implement'),
    );
    if (status !== 'Implement')
      b.change(
        who,
        at(rnd.pick(DAYS.slice(4)), rnd.time('08:00', '12:00'), who.timeZone),
        statusItem('Implement', status),
      );
    for (let c = 0; c < o.commentsPerIssue; c++) {
      const author = rnd.int(0, 2) === 0 ? rnd.pick(members) : who;
      b.comment(
        author,
        at(rnd.pick(DAYS), rnd.time('07:00', '19:00'), author.timeZone),
        rnd.pick(TEXTS).replace('{k}', b.plan.key),
      );
    }
    for (let w = 0; w < o.worklogsPerIssue; w++) {
      b.worklog(who, at(rnd.pick(DAYS), rnd.time('08:00', '16:00'), who.timeZone), rnd.int(1, 8) * 900, 'work');
    }
    builders.push(b);
  }
  return {
    version: 1,
    site: SITE,
    fetchedAt: new Date(cutoff).toISOString(),
    project: { id: '10100', key: 'BIG', name: 'Benchmark' },
    sprint: {
      id: 70,
      name: 'BIG Sprint 1',
      state: 'active',
      startDate: '2026-11-09T08:00:00.000Z',
      endDate: '2026-11-20T17:00:00.000Z',
    },
    board: { id: 70, name: 'BIG board', type: 'scrum', columns: [] },
    fields: FIELD_IDS,
    issues: builders.map((b) => b.issueJson()),
    changelogs: builders.map((b) => b.changelogJson()),
    users: members.map(userJson),
  };
}
