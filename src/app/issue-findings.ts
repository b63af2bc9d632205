import type { Requester } from '../fetch/requester';
import { searchIssueKeys } from '../fetch/jira/search-issue-keys';
import { NotFoundError } from '../core/errors';
import type { IssueFindingsView } from './contract';
import { periodsAt } from './periods';
import { loadSettings, walkProject, type WalkDeps } from './walk-service';

/**
 * The issue panel: the issue's findings and its assignee's day, from today's stored walk. Only
 * when the project has no walk today does the panel walk, as the viewer, and it records
 * nothing: the team's day is the trigger's and the project page's to write.
 */
export async function issueFindings(deps: WalkDeps, api: Requester, project: string, issueKey: string): Promise<IssueFindingsView> {
  const { settings } = await loadSettings(deps.stores, project);
  const today = periodsAt(deps.now(), settings.timezone).day;
  // One search as the viewer: the issue's assignee, and proof the viewer may see the issue.
  const [stored, [issue]] = await Promise.all([deps.stores.getDay(project, today), searchIssueKeys(api, `key = "${issueKey}"`, true)]);
  if (!issue) throw new NotFoundError(`${issueKey} does not exist or you may not see it.`);
  const report = stored?.report ?? (await walkProject(deps, api, project, false)).report;
  const findings = report.findings.filter((f) => f.issueKey === issueKey);
  const assignee = report.members.find((m) => m.accountId === issue.assignee) ?? null;
  const memberFindings = assignee ? report.findings.filter((f) => f.accountId === assignee.accountId && f.issueKey === null) : [];
  return { issueKey, findings, assignee, memberFindings, day: assignee?.today ?? null, walkedAt: report.at };
}
