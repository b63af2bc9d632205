import type { CheckId } from '../core/check-ids';

export type Severity = 'error' | 'warning' | 'info';

/** One finding of checks.md. */
export interface Finding {
  check: CheckId;
  code: string;
  severity: Severity;
  issueKey: string | null;
  accountId: string | null;
  day: string | null;
  /** `version:<id>` or `risk:<id>` for findings about a fix version or a risk (checks-delivery.md); else null. */
  subject: string | null;
  message: string;
  data: Record<string, unknown>;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function cmp(a: string | null, b: string | null): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * A finding's identity, in order: check id, issueKey, accountId, day, subject, code (a missing
 * one counts as ''). Two findings equal here are one finding.
 */
function compareIdentity(a: Finding, b: Finding): number {
  return (
    cmp(a.check, b.check) ||
    cmp(a.issueKey, b.issueKey) ||
    cmp(a.accountId, b.accountId) ||
    cmp(a.day, b.day) ||
    cmp(a.subject, b.subject) ||
    cmp(a.code, b.code)
  );
}

/** Severity (error first), then check id, issueKey, accountId, day, subject; code last for a total order. */
export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareIdentity(a, b);
}

/**
 * Drops repeats (first one wins: checks emit in a canonical order) and sorts by compareFindings.
 * One stable sort by identity puts repeats side by side in the order they came, so the first of
 * each run is kept; a stable split by severity then gives compareFindings' order. No key string
 * per finding: a 20,000-issue walk built 30,000 of them (8 MB) and hashed each.
 */
export function normalizeFindings(findings: readonly Finding[]): Finding[] {
  const byIdentity = [...findings].sort(compareIdentity);
  const bySeverity: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  let previous: Finding | undefined;
  for (const f of byIdentity) {
    if (previous === undefined || compareIdentity(previous, f) !== 0) bySeverity[f.severity].push(f);
    previous = f;
  }
  return [...bySeverity.error, ...bySeverity.warning, ...bySeverity.info];
}
