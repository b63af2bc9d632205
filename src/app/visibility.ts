import type { Report } from '../engine/report';
import { searchIssueKeys } from '../fetch/jira/search-issue-keys';
import type { Requester } from '../fetch/requester';

/**
 * A stored report cut to what the viewer may see now: findings and active issues of issues that
 * one ids-only search as the viewer does not return are left out. Stored walks were read by
 * someone else (the app, or another user), so this keeps issue-level security for history.
 */
export async function visibleOnly(api: Requester, project: string, report: Report): Promise<Report> {
  const visible = new Set((await searchIssueKeys(api, `project = "${project}"`)).map((i) => i.key));
  return {
    ...report,
    findings: report.findings.filter((f) => f.issueKey === null || visible.has(f.issueKey)),
    members: report.members.map((m) => ({ ...m, activeIssues: m.activeIssues.filter((k) => visible.has(k)) })),
  };
}
