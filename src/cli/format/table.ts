import type { Finding } from '../../engine/finding';
import type { Report } from '../../engine/report';

const WIDTH = 80;
const SEVERITY_TAG = { error: 'ERR ', warning: 'WARN', info: 'INFO' } as const;
const STATUS_MARK = { red: '✖', amber: '▲', green: '✔' } as const;

const fit = (text: string, width = WIDTH): string =>
  (text.length <= width ? text : `${text.slice(0, width - 1)}…`).trimEnd();

/** Word-wraps `text` to lines of at most `width` columns, each starting with `indent`. */
function wrap(text: string, indent: string, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line.length > indent.length && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent;
    }
    line += line.length > indent.length ? ` ${word}` : word;
  }
  if (line.length > indent.length) lines.push(line);
  return lines.map((l) => fit(l, width));
}

/** What and where on one line, then the message wrapped below it: never wider than 80 columns. */
function findingLines(f: Finding): string[] {
  const where = [f.issueKey, f.day].filter(Boolean).join('  ');
  return [
    fit(`  ${SEVERITY_TAG[f.severity]} ${`${f.check}/${f.code}`.padEnd(34)} ${where}`),
    ...wrap(f.message, '       '),
  ];
}

/** The board a walk read, as the snapshot names it (the JSON report keeps to cli.md's keys). */
export interface WalkedBoard {
  id: number;
  name?: string | null | undefined;
  type?: string | null | undefined;
}

/** Which sprint and board were walked, in words (the board only when the snapshot says). */
export function walked(report: Pick<Report, 'sprint'>, board: WalkedBoard | null | undefined): string {
  const where =
    board === undefined ? null : board ? `board ${board.name ?? board.id} (${board.type ?? 'board'})` : 'no board';
  const sprint = report.sprint ? report.sprint.name : 'no active sprint (unresolved issues)';
  return where ? `${sprint} · ${where}` : sprint;
}

/** The walk for people in an 80-column terminal, grouped by member. */
export function formatTable(report: Report, board?: WalkedBoard | null): string {
  const lines: string[] = [];
  lines.push(fit(`Focus Walk · ${report.project.key} · ${walked(report, board)}`));
  lines.push(fit(`at ${report.at}   score ${report.score}/100   ${report.findings.length} findings`));
  lines.push('─'.repeat(WIDTH));
  const members = new Set(report.members.map((m) => m.accountId));
  for (const m of report.members) {
    const active = m.activeIssues.length ? m.activeIssues.join(', ') : 'no active issue';
    const counts = `${m.counts.error}E ${m.counts.warning}W ${m.counts.info}I`;
    lines.push(fit(`${STATUS_MARK[m.status]} ${m.displayName} (${m.status}) · ${counts} · ${active}`));
    for (const f of report.findings) if (f.accountId === m.accountId) lines.push(...findingLines(f));
  }
  const others = report.findings.filter((f) => f.accountId === null || !members.has(f.accountId));
  if (others.length > 0) {
    lines.push('─'.repeat(WIDTH));
    lines.push('Unassigned issues and people outside the team');
    for (const f of others) lines.push(...findingLines(f));
  }
  if (report.skipped.length > 0) {
    lines.push('─'.repeat(WIDTH));
    for (const s of report.skipped) {
      lines.push(fit(`Skipped ${s.check}${s.codes ? ` (${s.codes.join(', ')})` : ''}: ${s.reason}`));
    }
  }
  return `${lines.join('\n')}\n`;
}
