import type { Report } from '../../engine/report';
import type { StandupMember } from '../../engine/standup';
import type { NextSprintSummary, ReleaseSummary } from '../../reporting/delivery-report';

/** A table cell: one line, no pipe breaking the table. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const table = (head: string[], rows: string[][]): string =>
  rows.length === 0
    ? ''
    : [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      ].join('\n');
const hours = (minutes: number): string => `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;

export interface BlockerLine {
  issueKey: string;
  level: number;
  days: number;
  message: string;
  /** The highest level escalated so far (the sent log); null: never. */
  escalated: number | null;
}

export function summaryMarkdown(
  report: Report,
  counts: { total: number; byCheck: Partial<Record<string, { error: number; warning: number; info: number }>> },
  blockers: readonly BlockerLine[],
): string {
  const members = report.members.map((m) => [
    m.displayName,
    m.status,
    String(m.counts.error),
    String(m.counts.warning),
  ]);
  const checks = Object.entries(counts.byCheck)
    .map(([check, c]) => [check, c ? c.error + c.warning + c.info : 0] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5);
  const byLevel = [1, 2, 3].map((l) => blockers.filter((b) => b.level === l).length);
  return [
    `## Focus Walk of ${report.project.key}${report.sprint ? ` (${report.sprint.name})` : ''}`,
    `Walked at ${report.at}. Score **${report.score}**/100; ${counts.total} findings.`,
    table(['Member', 'Status', 'Errors', 'Warnings'], members),
    `Blocked issues: ${byLevel[0]} at level 1, ${byLevel[1]} at level 2, ${byLevel[2]} at level 3.`,
    checks.length
      ? `Most findings: ${checks.map(([c, n]) => `${c} (${n})`).join(', ')}.`
      : 'No findings: every check passed.',
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function memberDayMarkdown(
  m: StandupMember | null,
  status: string,
  name: string,
  findings: ReadonlyArray<{ check: string; code: string; issueKey: string | null; message: string }>,
): string {
  const note = (label: string, n: StandupMember['focusIn']) =>
    n ? `**${label}** (${n.issueKey}, ${n.day} ${n.time}): ${n.text}` : `**${label}**: not written yet`;
  return [
    `## ${name}'s day: ${status}`,
    m ? note('Focus Out of yesterday', m.focusOut) : '',
    m ? note('Focus In of today', m.focusIn) : '',
    m ? `Logged ${hours(m.logged.yesterday)} yesterday and ${hours(m.logged.today)} today.` : '',
    m?.active.length ? `Active: ${m.active.join(', ')}.` : '',
    m?.blockers.length
      ? `Blockers: ${m.blockers.map((b) => `${b.issueKey} (level ${b.level}, ${b.days} days)`).join(', ')}.`
      : '',
    m?.questions.length ? `Open questions: ${m.questions.map((q) => q.message).join('; ')}.` : '',
    findings.length
      ? table(
          ['Check', 'Issue', 'Finding'],
          findings.map((f) => [`${f.check}/${f.code}`, f.issueKey ?? '', f.message]),
        )
      : 'No findings for them in the latest walk.',
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function blockersMarkdown(blockers: readonly BlockerLine[]): string {
  if (blockers.length === 0) return 'No blocked issue in the latest walk (of those you may see).';
  const due = blockers.filter((b) => b.level >= 2 && (b.escalated ?? 0) < b.level);
  return [
    '## Blocked issues',
    table(
      ['Issue', 'Level', 'Days', 'Escalated', 'Why'],
      blockers.map((b) => [
        b.issueKey,
        String(b.level),
        String(b.days),
        b.escalated ? `level ${b.escalated}` : 'no',
        b.message,
      ]),
    ),
    due.length
      ? `**To escalate today**: ${due.map((b) => `${b.issueKey} (level ${b.level})`).join(', ')}.`
      : 'Nothing to escalate today: every blocker at level 2 or 3 was escalated at its level.',
  ].join('\n\n');
}

export function nextSprintMarkdown(next: NextSprintSummary | null): string {
  if (!next) return 'The latest walk read no next sprint (no future sprint on the board and no Ready column).';
  const missing = next.issues.filter((i) => i.missing.length > 0);
  return [
    `## ${next.sprint?.name ?? 'The next sprint'}: ${next.share}% ready`,
    `${next.ready} of ${next.checked} issues are ready to plan.`,
    table(
      ['Issue', 'Missing'],
      missing.map((i) => [i.key, i.missing.join(', ')]),
    ),
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function releasesMarkdown(releases: readonly ReleaseSummary[] | null): string {
  if (!releases) return 'The latest walk read no versions of this project.';
  const risky = releases.filter((r) => r.readiness !== 'ready');
  if (risky.length === 0) return `Every unreleased version (${releases.length}) is on track.`;
  return [
    '## Releases at risk',
    table(
      ['Version', 'Date', 'Days left', 'Readiness', 'Why'],
      risky.map((r) => [
        r.name,
        r.releaseDate ?? 'no date',
        r.daysLeft === null ? '' : String(r.daysLeft),
        r.readiness,
        r.findings.map((f) => f.message).join('; '),
      ]),
    ),
  ].join('\n\n');
}
