import { blockedBy, generateIssue, generateSnapshot, generateUser, history, issueId, run } from '../support/factories';

// Thursday 19 Nov 2026; the sprint started Mon 9 Nov.
function blockedFindings(
  spec: {
    links?: object[];
    flagged?: boolean;
    priority?: string;
    histories?: object[];
    created?: string;
    status?: string;
    assignee?: string | null;
  },
  settings = {},
) {
  const issues = [
    generateIssue({
      key: 'FW-1',
      assignee: spec.assignee === undefined ? 'dana' : spec.assignee,
      status: spec.status ?? 'Implement',
      priority: spec.priority ?? 'Medium',
      created: spec.created ?? '2026-11-17T09:00:00.000+0000',
      links: (spec.links ?? []) as never,
      fields: spec.flagged ? { customfield_10021: [{ id: '10019', value: 'Impediment' }] } : {},
    }),
  ];
  const changelogs = [{ issueId: issueId('FW-1'), changeHistories: spec.histories ?? [] }];
  const users = [generateUser({ accountId: 'dana', timeZone: 'Europe/Berlin' })];
  return run(generateSnapshot({ issues, users: users, changelogs: changelogs }), settings)
    .findings.filter((f) => f.check === 'blocked')
    .map((f) => ({
      code: f.code,
      issueKey: f.issueKey,
      accountId: f.accountId,
      severity: f.severity,
      level: f.data.level,
      blockers: f.data.blockers,
      days: f.data.days,
    }));
}

const linkAdded = (created: string, key: string) =>
  history(created, [
    {
      field: 'Link',
      fieldtype: 'jira',
      from: null,
      fromString: null,
      to: key,
      toString: `This issue is blocked by ${key}`,
    },
  ]);

describe('blocked', () => {
  test('not blocked: no link, or the blocker is done, or the issue is done', () => {
    expect(blockedFindings({})).toEqual([]);
    expect(blockedFindings({ links: [blockedBy('FW-9', 'done')] })).toEqual([]);
    expect(blockedFindings({ links: [blockedBy('FW-9')], status: 'Done' })).toEqual([]);
  });

  test('an outward "blocks" link does not block this issue', () => {
    const outward = {
      id: 'l1',
      type: { name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
      outwardIssue: { id: '10009', key: 'FW-9', fields: { status: { name: 'To Do', statusCategory: { key: 'new' } } } },
    };
    expect(blockedFindings({ links: [outward] })).toEqual([]);
  });

  test('no changelog entry: blocked since creation (created Tue 17: Wed, Thu = 2 days -> level 2)', () => {
    expect(blockedFindings({ links: [blockedBy('FW-9')] })).toEqual([
      {
        code: 'blocked',
        issueKey: 'FW-1',
        accountId: 'dana',
        severity: 'warning',
        level: 2,
        blockers: ['FW-9'],
        days: 2,
      },
    ]);
  });

  test('blocked since the latest changelog entry that added the link', () => {
    expect(
      blockedFindings({ links: [blockedBy('FW-9')], histories: [linkAdded('2026-11-19T08:00:00.000+0100', 'FW-9')] }),
    ).toEqual([
      { code: 'blocked', issueKey: 'FW-1', accountId: 'dana', severity: 'info', level: 1, blockers: ['FW-9'], days: 0 },
    ]);
    expect(
      blockedFindings({ links: [blockedBy('FW-9')], histories: [linkAdded('2026-11-18T08:00:00.000+0100', 'FW-9')] })[0]
        ?.level,
    ).toBe(1);
  });

  test('level 3 after escalateDays[1] working days (sprint start when older than the sprint)', () => {
    // Created before the sprint; since = Mon 9 Nov -> Tue 10 .. Thu 19 = 8 working days.
    expect(blockedFindings({ links: [blockedBy('FW-9')], created: '2026-10-01T09:00:00.000+0000' })[0]).toMatchObject({
      level: 3,
      severity: 'error',
      days: 8,
    });
  });

  test('a critical priority escalates to level 3 at once', () => {
    expect(
      blockedFindings({
        links: [blockedBy('FW-9')],
        priority: 'Highest',
        histories: [linkAdded('2026-11-19T08:00:00.000+0100', 'FW-9')],
      })[0],
    ).toMatchObject({ level: 3, severity: 'error' });
  });

  test('flagged as an impediment, since the flag was set', () => {
    const flagSet = history('2026-11-18T09:00:00.000+0100', [
      { field: 'Flagged', fieldtype: 'custom', from: null, fromString: null, to: '[10019]', toString: 'Impediment' },
    ]);
    expect(blockedFindings({ flagged: true, histories: [flagSet] })).toEqual([
      { code: 'blocked', issueKey: 'FW-1', accountId: 'dana', severity: 'info', level: 1, blockers: [], days: 1 },
    ]);
  });

  test('escalateDays from settings', () => {
    expect(blockedFindings({ links: [blockedBy('FW-9')] }, { blocked: { escalateDays: [1, 2] } })[0]).toMatchObject({
      level: 3,
    });
  });

  test('unassigned issues are counted in settings.timezone and name nobody', () => {
    expect(blockedFindings({ links: [blockedBy('FW-9')], assignee: null })[0]).toMatchObject({
      accountId: null,
      level: 2,
    });
  });

  describe('cross-team blockers (checks-delivery.md)', () => {
    const full = (links: object[], settings = {}, created = '2026-11-18T09:00:00.000+0000') => {
      const issues = [generateIssue({ key: 'FW-1', assignee: 'dana', created, links: links as never })];
      const users = [generateUser({ accountId: 'dana', timeZone: 'Europe/Berlin' })];
      return run(generateSnapshot({ issues, users }), settings).findings.find((f) => f.check === 'blocked')!;
    };

    test('a blocker of another project lifts level 1 to crossTeamLevel 2 (the default)', () => {
      const f = full([blockedBy('OPS-4')]);
      expect(f).toMatchObject({
        severity: 'warning',
        data: { level: 2, crossTeam: true, crossTeamProjects: ['OPS'], why: 'cross-team', days: 1 },
      });
    });

    test('a blocker of the same project is not cross-team', () => {
      expect(full([blockedBy('FW-9')])).toMatchObject({ severity: 'info', data: { level: 1, crossTeam: false } });
    });

    test('one cross-team blocker among several is enough', () => {
      expect(full([blockedBy('FW-9'), blockedBy('OPS-4')]).data).toMatchObject({
        level: 2,
        crossTeam: true,
        blockers: ['FW-9', 'OPS-4'],
      });
    });

    test('crossTeamLevel 1 keeps checks.md levels; the data still says cross-team', () => {
      expect(full([blockedBy('OPS-4')], { blocked: { crossTeamLevel: 1 } })).toMatchObject({
        severity: 'info',
        data: { level: 1, crossTeam: true, why: 'new' },
      });
    });

    test('crossTeamLevel is a floor: level 3 by days stays 3', () => {
      expect(full([blockedBy('OPS-4')], {}, '2026-11-02T09:00:00.000+0000').data).toMatchObject({
        level: 3,
        why: 'days',
      });
    });

    test('a done blocker of another project does not block', () => {
      expect(full([blockedBy('OPS-4', 'done')])).toBeUndefined();
    });

    test('a project key with a dash in an issue key is read to its last dash', () => {
      const issues = [
        generateIssue({
          key: 'FW-1',
          assignee: 'dana',
          created: '2026-11-18T09:00:00.000+0000',
          links: [blockedBy('FW-12')] as never,
        }),
      ];
      expect(run(generateSnapshot({ issues })).findings.find((f) => f.check === 'blocked')?.data.crossTeam).toBe(false);
    });
  });
});
