import type { Report } from '../../engine/report';
import { walked, type WalkedBoard } from './table';

const cell = (text: string | null): string => (text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The walk as Markdown, for a Confluence page, a PR comment or a chat message. */
export function formatMarkdown(report: Report, board?: WalkedBoard | null): string {
  const out: string[] = [];
  out.push(`# Focus Walk: ${report.project.key} · ${walked(report, board)}`);
  out.push('');
  out.push(`Walked at ${report.at}. **Score ${report.score}/100**, ${report.findings.length} findings.`);
  out.push('');
  out.push('| Member | Status | Active issues | Errors | Warnings | Info |');
  out.push('|---|---|---|---|---|---|');
  for (const m of report.members) {
    out.push(
      `| ${cell(m.displayName)} | ${m.status} | ${cell(m.activeIssues.join(', ') || '—')} | ${m.counts.error} | ${m.counts.warning} | ${m.counts.info} |`,
    );
  }
  out.push('');
  out.push('| Severity | Check | Code | Issue | Day | Finding |');
  out.push('|---|---|---|---|---|---|');
  for (const f of report.findings) {
    out.push(`| ${f.severity} | ${f.check} | ${f.code} | ${cell(f.issueKey)} | ${cell(f.day)} | ${cell(f.message)} |`);
  }
  if (report.skipped.length > 0) {
    out.push('');
    for (const s of report.skipped)
      out.push(`- Skipped \`${s.check}\`${s.codes ? ` (${s.codes.join(', ')})` : ''}: ${s.reason}`);
  }
  return `${out.join('\n')}\n`;
}
