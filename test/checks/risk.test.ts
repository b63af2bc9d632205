import { blockedBy, generateIssue, generateSnapshot, generateUser, run, subjectFindingsOf } from '../support/factories';

// AT is 2026-11-19T12:00Z.
const users = [generateUser({ accountId: 'dana' }), { ...generateUser({ accountId: 'gone' }), active: false }];
const risk = (spec: Record<string, unknown> = {}) => ({
  id: 'r1',
  title: 'Vendor API changes',
  probability: 2,
  impact: 3,
  owner: 'dana',
  mitigation: 'Pin the client version',
  status: 'open',
  reviewedAt: '2026-11-17T09:00:00.000Z',
  issueKeys: [],
  ...spec,
});
const row = (code: string, owner: string | null = 'dana', id = 'r1') => ({
  code,
  issueKey: null,
  accountId: owner,
  day: null,
  subject: `risk:${id}`,
});
const walkWith = (risks: unknown[], issues: Array<Record<string, unknown>> = [], settings: unknown = {}) =>
  run(generateSnapshot({ issues, users, risks }), settings);

describe('risk (checks-delivery.md)', () => {
  test.each([
    ['reviewed two days ago, owned, mitigated', {}, []],
    ['never reviewed', { reviewedAt: null }, [row('stale')]],
    ['reviewed 7 days of 24 h ago exactly: still fresh', { reviewedAt: '2026-11-12T12:00:00.000Z' }, []],
    ['reviewed a minute earlier: stale', { reviewedAt: '2026-11-12T11:59:00.000Z' }, [row('stale')]],
    ['no owner', { owner: null }, [row('no-owner', null)]],
    ['an owner who is not an active user', { owner: 'gone' }, [row('no-owner', 'gone')]],
    ['an owner the snapshot does not know', { owner: 'stranger' }, [row('no-owner', 'stranger')]],
    ['score 12 without mitigation', { probability: 3, impact: 4, mitigation: '   ' }, [row('no-mitigation')]],
    ['score 10 without mitigation is below mitigateFrom', { probability: 2, impact: 5, mitigation: '' }, []],
    ['closed risks are not checked', { status: 'closed', reviewedAt: null, owner: null }, []],
    ['a mitigating risk is checked', { status: 'mitigating', reviewedAt: null }, [row('stale')]],
  ])('%s', (_name, spec, expected) => {
    expect(subjectFindingsOf(walkWith([risk(spec)]), 'risk')).toEqual(expected);
  });

  test('materialized: a linked sprint issue blocked at level 2 or more', () => {
    const level3 = generateIssue({ key: 'FW-1', assignee: 'dana', priority: 'Highest', links: [blockedBy('FW-9')] });
    const level1 = generateIssue({
      key: 'FW-2',
      assignee: 'dana',
      links: [blockedBy('FW-9')],
      created: '2026-11-18T09:00:00.000+0000',
    });
    const level2 = generateIssue({
      key: 'FW-3',
      assignee: 'dana',
      links: [blockedBy('FW-9')],
      created: '2026-11-16T09:00:00.000+0000',
    });
    const happening = walkWith([risk({ issueKeys: ['FW-2', 'FW-1', 'FW-404'] })], [level3, level1]);
    const [f] = happening.findings.filter((x) => x.check === 'risk');
    expect(f).toMatchObject({ code: 'materialized', severity: 'error', data: { issueKeys: ['FW-1'] } });
    expect(subjectFindingsOf(walkWith([risk({ issueKeys: ['FW-2'] })], [level1]), 'risk')).toEqual([]);
    expect(subjectFindingsOf(walkWith([risk({ issueKeys: ['FW-3'] })], [level2]), 'risk')).toEqual([
      row('materialized'),
    ]);
  });

  test('severities, and the settings reviewDays and mitigateFrom', () => {
    const found = walkWith([
      risk({ reviewedAt: null, owner: null, probability: 4, impact: 4, mitigation: '' }),
    ]).findings;
    expect(found.filter((f) => f.check === 'risk').map((f) => [f.code, f.severity])).toEqual([
      ['no-mitigation', 'error'],
      ['no-owner', 'warning'],
      ['stale', 'warning'],
    ]);
    const tuned = walkWith(
      [risk({ reviewedAt: '2026-11-15T12:00:00.000Z', probability: 2, impact: 5, mitigation: '' })],
      [],
      {
        risks: { reviewDays: 3, mitigateFrom: 10 },
      },
    );
    expect(subjectFindingsOf(tuned, 'risk').map((r) => r.code)).toEqual(['no-mitigation', 'stale']);
  });

  test('two risks with the same codes stay two findings: subject is part of the identity', () => {
    const report = walkWith([risk({ id: 'r2', reviewedAt: null }), risk({ id: 'r1', reviewedAt: null })]);
    expect(subjectFindingsOf(report, 'risk')).toEqual([row('stale', 'dana', 'r1'), row('stale', 'dana', 'r2')]);
  });

  test('without a register the check is skipped', () => {
    expect(run(generateSnapshot({ issues: [], users })).skipped.map((s) => s.check)).toContain('risk');
  });
});
