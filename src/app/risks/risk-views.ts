import type { Report } from '../../engine/report';
import type { RiskRow } from '../../stores/risk-store';
import type { RiskView } from './risk-contract';
import type { Visible } from '../walks/visible-keys';

export function riskView(
  row: RiskRow,
  o: { names: Map<string, string>; visible: Visible; report: Report | null; viewer: string; tpm: boolean },
): RiskView {
  const r = row.risk;
  return {
    id: r.id,
    version: row.version,
    title: r.title,
    description: r.description,
    probability: r.probability,
    impact: r.impact,
    score: r.probability * r.impact,
    owner: r.owner ? { accountId: r.owner, displayName: o.names.get(r.owner) ?? r.owner } : null,
    mitigation: r.mitigation,
    status: r.status,
    reviewedAt: r.reviewedAt,
    reviewedBy: r.reviewedBy ? (o.names.get(r.reviewedBy) ?? r.reviewedBy) : null,
    issueKeys: r.issueKeys.filter((k) => o.visible.has(k)),
    findings: (o.report?.findings ?? []).filter((f) => f.subject === `risk:${r.id}`).map((f) => f.code),
    canChange: o.tpm || r.owner === o.viewer,
  };
}

/** Open and mitigating risks per probability x impact cell. */
export function heatMap(rows: readonly RiskRow[]): number[][] {
  const heat = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => 0));
  for (const { risk } of rows) if (risk.status !== 'closed') heat[risk.probability - 1]![risk.impact - 1]!++;
  return heat;
}

/** The register as the walk's snapshot holds it (checks-delivery.md's fields). */
export function snapshotRisks(rows: readonly RiskRow[]) {
  return rows.map(({ risk: r }) => ({
    id: r.id,
    title: r.title,
    probability: r.probability,
    impact: r.impact,
    owner: r.owner,
    mitigation: r.mitigation,
    status: r.status,
    reviewedAt: r.reviewedAt,
    issueKeys: r.issueKeys,
  }));
}
