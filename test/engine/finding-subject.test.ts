import { compareFindings, normalizeFindings, type Finding } from '../../src/engine/finding';
import { finding } from '../../src/engine/check';
import { generateIssue, generateSnapshot, run } from '../support/factories';

const f = (subject: string | null, code = 'overdue'): Finding =>
  finding('version', code, 'error', { subject }, `about ${subject}`);

describe("a finding's subject (checks-delivery.md)", () => {
  test('every check of checks.md sets subject null', () => {
    const report = run(
      generateSnapshot({ issues: [generateIssue({ key: 'FW-1', assignee: 'dana', parent: null, status: 'Waiting' })] }),
    );
    expect(report.findings.length).toBeGreaterThan(0);
    for (const x of report.findings) expect(x.subject).toBeNull();
  });

  test('the identity adds subject: two findings that differ only in it are two', () => {
    expect(normalizeFindings([f('version:1'), f('version:2'), f('version:1')]).map((x) => x.subject)).toEqual([
      'version:1',
      'version:2',
    ]);
  });

  test('sorting adds subject after day, before code', () => {
    const sorted = [
      f('version:2', 'at-risk'),
      f('version:10', 'overdue'),
      f(null, 'blocked'),
      f('version:1', 'overdue'),
    ].sort(compareFindings);
    expect(sorted.map((x) => `${x.subject}/${x.code}`)).toEqual([
      'null/blocked',
      'version:1/overdue',
      'version:10/overdue',
      'version:2/at-risk',
    ]);
  });
});
