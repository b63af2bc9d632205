import type { Requester } from '../../fetch/requester';
import { searchIssueKeys } from '../../fetch/jira/search-issue-keys';
import { NotFoundError } from '../../core/errors';
import type { IssueFindingsView } from './issue-contract';
import { periodsAt } from '../settings/periods';
import { type WalkDeps } from './walk-service';
import { loadSettings } from '../settings/load-settings';
import { ownRowsFor, ownRowsOnly } from './own-rows';

/**
 * The issue panel: the issue's findings and its assignee's day, from today's stored walk, or
 * the latest one. It never walks inside its invocation (25 s): with no stored walk at all it
 * starts a background walk (`startWalk`) and says so. One search as the viewer gives the
 * issue's assignee and proves the viewer may see the issue. The account id is the context's.
 */
export async function issueFindings(
  deps: WalkDeps,
  api: Requester,
  project: string,
  issueKey: string,
  viewer: string,
  startWalk: (day: string) => Promise<unknown>,
): Promise<IssueFindingsView> {
  const { settings } = await loadSettings(deps.stores, project);
  const today = periodsAt(deps.now(), settings.timezone).day;
  const [stored, [issue]] = await Promise.all([
    // Only the parts that may hold this issue's findings or anyone's day (walk-parts.ts).
    deps.stores.getDayOrLatest(project, today, undefined, { issueKey }),
    searchIssueKeys(api, `key = "${issueKey}"`, true),
  ]);
  if (!issue) throw new NotFoundError(`${issueKey} does not exist or you may not see it.`);
  if (!stored) {
    await startWalk(today);
    return {
      issueKey,
      findings: [],
      assignee: null,
      memberFindings: [],
      day: null,
      walkedAt: null,
      walking: true,
      dayHidden: false,
    };
  }
  // Under `privacy.membersSee: own` a member reads only their own day here too; a TPM reads everyone's.
  const own = await ownRowsFor(api, project, viewer, settings);
  const report = own ? ownRowsOnly(stored.report, viewer) : stored.report;
  const findings = report.findings.filter((f) => f.issueKey === issueKey);
  const assignee = report.members.find((m) => m.accountId === issue.assignee) ?? null;
  const memberFindings = assignee
    ? report.findings.filter((f) => f.accountId === assignee.accountId && f.issueKey === null)
    : [];
  return {
    issueKey,
    findings,
    assignee,
    memberFindings,
    day: assignee?.today ?? null,
    walkedAt: report.at,
    walking: false,
    // The issue is assigned to a team member whose row this viewer does not get.
    dayHidden: own && !assignee && stored.report.members.some((m) => m.accountId === issue.assignee),
  };
}
