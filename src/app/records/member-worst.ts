import { SCORED_CHECKS, type CheckId } from '../../core/check-ids';
import type { Severity } from '../../engine/finding';
import type { Report } from '../../engine/report';

/** Each member's worst severity per scored check, for the members with any finding there. */
export type MemberWorst = Record<string, Partial<Record<CheckId, Severity>>>;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SCORED = new Set<string>(SCORED_CHECKS);

/**
 * The Team tab's cells, worked out once when the walk is stored: an aggregate of the member's
 * own day, told as their status is (the page then reads none of the scored checks' findings).
 */
export function memberWorst(report: Report): MemberWorst {
  const members = new Set(report.members.map((m) => m.accountId));
  const out: MemberWorst = {};
  for (const f of report.findings) {
    if (!f.accountId || !members.has(f.accountId) || !SCORED.has(f.check)) continue;
    const mine = (out[f.accountId] ??= {});
    const was = mine[f.check];
    if (was === undefined || RANK[f.severity] < RANK[was]) mine[f.check] = f.severity;
  }
  return out;
}
