import type { RiskView } from '../../../src/app/contract';

const cell = (v: string): string => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The register as CSV (RFC 4180): one row per risk, with what a review needs. */
export function risksCsv(risks: readonly RiskView[]): string {
  const head = [
    'id',
    'title',
    'probability',
    'impact',
    'score',
    'owner',
    'status',
    'reviewedAt',
    'reviewedBy',
    'mitigation',
    'issues',
    'findings',
  ];
  const rows = risks.map((r) => [
    r.id,
    r.title,
    String(r.probability),
    String(r.impact),
    String(r.score),
    r.owner?.displayName ?? '',
    r.status,
    r.reviewedAt ?? '',
    r.reviewedBy ?? '',
    r.mitigation,
    r.issueKeys.join(' '),
    r.findings.join(' '),
  ]);
  return [head, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
