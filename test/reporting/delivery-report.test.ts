import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_AT } from '../../dev/demo/demo-snapshot';
import { walkParsed } from '../../src/engine/walk';
import { parseSnapshot } from '../../src/snapshot/parse-snapshot';
import { parseSettings } from '../../src/settings/schema';
import { deliveryReport } from '../../src/reporting/delivery-report';
import { sprintReport } from '../../src/reporting/sprint-report';
import { countsOnly, statusReport } from '../../src/reporting/status-report';
import { cutReport, cutSprintReport, namedKeys } from '../../src/app/walks/visibility';

const snapshot = parseSnapshot(
  JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8')),
);
const settings = parseSettings({});
const at = Date.parse(DEMO_AT);
const report = walkParsed(snapshot, settings, at);
const delivery = deliveryReport(snapshot, settings, report, at);

describe('the releases and the next sprint (checks-delivery.md)', () => {
  test('each unreleased version: working days left, progress, readiness from its findings, its sprint issues', () => {
    expect(delivery.releases?.map((r) => [r.name, r.daysLeft, r.readiness, r.issueCount])).toEqual([
      ['1.3.2', -2, 'blocked', 0],
      ['1.4.0', 3, 'blocked', 2],
      ['1.5.0', null, 'at-risk', 1],
      ['2.0.0', 71, 'ready', 0],
    ]);
    const v140 = delivery.releases?.find((r) => r.name === '1.4.0');
    expect(v140?.counts).toEqual({ toDo: 2, inProgress: 3, done: 5 });
    expect(v140?.findings.map((f) => f.code)).toEqual(['blocked', 'at-risk']);
    expect(v140?.issues.map((i) => i.key)).toEqual(['FW-108', 'FW-137']);
  });

  test('the next sprint: its share and, per issue, what it misses', () => {
    expect(delivery.nextSprint).toMatchObject({ sprint: { name: 'FW Sprint 8' }, share: 33, checked: 6, ready: 2 });
    expect(delivery.nextSprint?.issues.map((i) => `${i.key}:${i.missing.join('+')}`)).toEqual([
      'FW-150:',
      'FW-151:no-acceptance+no-description',
      'FW-152:no-estimate',
      'FW-153:no-acceptance',
      'FW-154:no-epic',
      'FW-155:',
    ]);
  });

  test('a snapshot without versions or upcoming issues has neither', () => {
    const bare = parseSnapshot({ ...snapshot, versions: undefined, upcoming: undefined });
    expect(deliveryReport(bare, settings, walkParsed(bare, settings, at), at)).toEqual({
      releases: null,
      nextSprint: null,
    });
  });

  test('a viewer sees only the issues they may see; counts and readiness stay', () => {
    const visible = new Set(snapshot.issues.map((i) => i.key).filter((k) => k !== 'FW-137' && k !== 'FW-151'));
    const cut = cutSprintReport({ ...sprintReport(snapshot, settings, at), ...delivery }, visible);
    const v140 = cut.releases?.find((r) => r.name === '1.4.0');
    expect(v140?.issues.map((i) => i.key)).toEqual(['FW-108']);
    expect(v140?.readiness).toBe('blocked');
    expect(v140?.findings.find((f) => f.code === 'blocked')?.message).toContain('a hidden issue');
    expect(v140?.findings.some((f) => f.message.includes('FW-137'))).toBe(false);
    expect(cut.nextSprint?.issues.map((i) => i.key)).not.toContain('FW-151');
    expect(cut.nextSprint?.share).toBe(33);
  });

  test("the app's issue-free status page keeps names, dates and readiness, and lists no issue", () => {
    const page = countsOnly(
      statusReport({
        week: '2026-W47',
        at: DEMO_AT,
        site: null,
        project: { key: 'FW', name: 'Focus Walk' },
        walk: report,
        progress: { ...sprintReport(snapshot, settings, at), ...delivery },
        trend: [],
        escalations: [],
        checklist: [],
      }),
    );
    expect(page.progress.releases?.map((r) => [r.name, r.readiness, r.issues.length])).toEqual([
      ['1.3.2', 'blocked', 0],
      ['1.4.0', 'blocked', 0],
      ['1.5.0', 'at-risk', 0],
      ['2.0.0', 'ready', 0],
    ]);
    expect(JSON.stringify(page.progress.releases)).not.toMatch(/FW-\d+/);
    expect(page.progress.nextSprint?.issues).toEqual([]);
  });

  test("cross-team blockers: another project's keys are asked of the viewer; unseen ones are cut", () => {
    expect([...namedKeys(report)].filter((k) => !k.startsWith('FW-'))).toEqual(['OPS-12']);
    const own = new Set(snapshot.issues.map((i) => i.key));
    const fw136 = (r: typeof report) => r.findings.find((f) => f.check === 'blocked' && f.issueKey === 'FW-136');
    expect(fw136(cutReport(report, own))?.data).toMatchObject({ blockers: [], crossTeam: true });
    expect(fw136(cutReport(report, new Set([...own, 'OPS-12'])))?.data.blockers).toEqual(['OPS-12']);
  });
});
