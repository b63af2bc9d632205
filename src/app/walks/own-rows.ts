import type { Report } from '../../engine/report';
import type { Requester } from '../../fetch/requester';
import type { Settings } from '../../settings/schema';
import { isTpm } from '../access/require-admin';

/**
 * Whether `viewer` gets only their own rows: `privacy.membersSee: own` and not a TPM or project
 * administrator (when Jira cannot say, the viewer is taken as a member: the narrower view). The
 * one rule of every surface that shows the team (page, panel, Findings, stand-up, gadget, agent).
 */
export async function ownRowsFor(
  api: Requester,
  project: string,
  viewer: string,
  settings: Settings,
): Promise<boolean> {
  if (settings.privacy.membersSee !== 'own') return false;
  return !(await isTpm(api, project, viewer, settings).catch(() => false));
}

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
