import type { Report } from '../../engine/report';
import { searchIssueKeys } from '../../fetch/jira/search-issue-keys';
import type { Requester } from '../../fetch/requester';
import type { SprintReport } from '../../reporting/sprint-report';
import type { StatusReport } from '../../reporting/status-report';

/**
 * What a walk made as the app may show a person: only the issues that person may see now. One
 * ids-only search as the viewer gives the set; every stored thing that names issues (the walk's
 * findings and active issues, the Sprint tab's scope changes, epics and issues done outside, the
 * status report's blockers and escalations) is cut to it. Aggregates (points, counts) stay.
 */
export type Visible = ReadonlySet<string>;

/** The keys of the project's issues the requester (the viewer, asUser) may see now. */
export async function visibleKeys(api: Requester, project: string): Promise<Visible> {
  return new Set((await searchIssueKeys(api, `project = "${project}"`)).map((i) => i.key));
}

const ISSUE_KEY = /\b[A-Z][A-Z0-9_]*-\d+\b/g;

/**
 * A text with every issue key the viewer may not see replaced (a blocker of a visible issue may
 * be hidden, or another project's: the viewer's search covers this project, so those count as hidden).
 */
export const withoutHidden = (text: string, visible: Visible): string =>
  text.replace(ISSUE_KEY, (key) => (visible.has(key) ? key : 'a hidden issue'));

const keysSeen = (keys: unknown, visible: Visible): unknown =>
  Array.isArray(keys) ? keys.filter((k) => typeof k === 'string' && visible.has(k)) : keys;

export function cutReport(report: Report, visible: Visible): Report {
  return {
    ...report,
    findings: report.findings
      .filter((f) => f.issueKey === null || visible.has(f.issueKey))
      .map((f) => ({
        ...f,
        message: withoutHidden(f.message, visible),
        data: 'blockers' in f.data ? { ...f.data, blockers: keysSeen(f.data.blockers, visible) } : f.data,
      })),
    members: report.members.map((m) => ({ ...m, activeIssues: m.activeIssues.filter((k) => visible.has(k)) })),
  };
}

export function cutSprintReport(progress: SprintReport, visible: Visible): SprintReport {
  const b = progress.burndown;
  return {
    ...progress,
    ...(b ? { burndown: { ...b, changes: b.changes.filter((c) => visible.has(c.key)) } } : {}),
    epics: progress.epics.filter((e) => visible.has(e.key)),
    velocity: progress.velocity.map((v) =>
      v.outside ? { ...v, outside: { ...v.outside, keys: v.outside.keys.filter((k) => visible.has(k)) } } : v,
    ),
    ...(progress.doneOutside ? { doneOutside: progress.doneOutside.filter((d) => visible.has(d.key)) } : {}),
    ...(progress.lists ? { lists: cutLists(progress.lists, visible) } : {}),
  };
}

export function cutStatusReport(report: StatusReport, visible: Visible): StatusReport {
  return {
    ...report,
    progress: cutSprintReport(report.progress, visible),
    blockers: report.blockers
      .filter((x) => visible.has(x.key))
      .map((x) => ({
        ...x,
        blockers: x.blockers.filter((k) => visible.has(k)),
        message: withoutHidden(x.message, visible),
      })),
    escalations: report.escalations.filter((e) => e.key === null || visible.has(e.key)),
  };
}

/** A stored report cut to what the viewer may see now (one ids-only search as the viewer). */
export async function visibleOnly(api: Requester, project: string, report: Report): Promise<Report> {
  return cutReport(report, await visibleKeys(api, project));
}

/** Jira's sprint report lists with only the issues the viewer may see (the totals stay the sprint's). */
function cutLists(lists: NonNullable<SprintReport['lists']>, visible: Visible): NonNullable<SprintReport['lists']> {
  const cut = <T extends { key: string }>(l: { issues: T[]; total: number }) => ({
    ...l,
    issues: l.issues.filter((i) => visible.has(i.key)),
  });
  return {
    completed: cut(lists.completed),
    notCompleted: cut(lists.notCompleted),
    removed: cut(lists.removed),
    addedDuringSprint: cut(lists.addedDuringSprint),
  };
}
