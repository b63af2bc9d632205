import type { Report } from '../../engine/report';

/**
 * The report as one member sees it under `privacy.membersSee: own`: their row, their findings,
 * and the findings about no one (an issue's, a version's). The project page and the issue panel
 * both cut by it, so a member reads no colleague's day in either.
 */
export function ownRowsOnly(report: Report, viewer: string): Report {
  return {
    ...report,
    members: report.members.filter((m) => m.accountId === viewer),
    findings: report.findings.filter((f) => f.accountId === null || f.accountId === viewer),
  };
}
