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

/** A finding's identity after its check: issueKey, accountId, day, subject, code (a missing one counts as ''). */
function compareWithinCheck(a: Finding, b: Finding): number {
  return (
    cmp(a.issueKey, b.issueKey) ||
    cmp(a.accountId, b.accountId) ||
    cmp(a.day, b.day) ||
    cmp(a.subject, b.subject) ||
    cmp(a.code, b.code)
  );
}

/**
 * A finding's identity, in order: check id, issueKey, accountId, day, subject, code (a missing
 * one counts as ''). Two findings equal here are one finding.
 */
function compareIdentity(a: Finding, b: Finding): number {
  return cmp(a.check, b.check) || compareWithinCheck(a, b);
}

/** Severity (error first), then check id, issueKey, accountId, day, subject; code last for a total order. */
export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareIdentity(a, b);
}

/**
 * Drops repeats (first one wins: checks emit in a canonical order) and sorts by compareFindings.
 * The findings are put in lists by check (in the order they came), and each check's list is
 * sorted, stably, by the rest of the identity: repeats lie side by side in the order they came,
 * so the first of each run is kept; a stable split by severity then gives compareFindings' order.
 * By check first: a check emits in issue order, so its list is mostly in order already (fewer
 * comparisons, none of them between check ids), and no key string is built per finding (a
 * 20,000-issue walk built 30,000 of them, 8 MB, and hashed each).
 */
export function normalizeFindings(findings: readonly Finding[]): Finding[] {
  const byCheck = new Map<string, Finding[]>();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    const list = byCheck.get(f.check);
    if (list) list.push(f);
    else byCheck.set(f.check, [f]);
  }
  const bySeverity: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const check of [...byCheck.keys()].sort(cmp)) {
    const list = (byCheck.get(check) as Finding[]).sort(compareWithinCheck);
    let previous: Finding | undefined;
    for (let i = 0; i < list.length; i++) {
      const f = list[i] as Finding;
      if (previous === undefined || compareWithinCheck(previous, f) !== 0) bySeverity[f.severity].push(f);
      previous = f;
    }
  }
  return [...bySeverity.error, ...bySeverity.warning, ...bySeverity.info];
}
