import type { Finding } from '../../../src/app/contract';
import { subjectLabel } from '../../shared/check-names';

const cell = (v: string): string => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The findings shown, as CSV (RFC 4180): one row each, with the stable check and code ids. */
export function findingsCsv(findings: readonly Finding[], who: (f: Finding) => string): string {
  const head = ['severity', 'check', 'code', 'issue', 'who', 'day', 'finding'];
  // A finding about a version or a risk names it where an issue key would be.
  const rows = findings.map((f) => [
    f.severity,
    f.check,
    f.code,
    f.issueKey ?? subjectLabel(f) ?? '',
    who(f),
    f.day ?? '',
    f.message,
  ]);
  return [head, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
