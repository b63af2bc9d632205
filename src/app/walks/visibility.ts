import type { Report } from '../../engine/report';
import type { Finding } from '../../engine/finding';
import type { Visible } from './visible-keys';
import type { SprintReport } from '../../reporting/sprint-report';
import type { ReleaseSummary } from '../../reporting/delivery-report';
import type { StatusReport } from '../../reporting/status-report';

/*
 * What a walk made as the app may show a person: only the issues that person may see now
 * (visible-keys.ts asks Jira as the viewer). Every stored thing that names issues (the walk's
 * findings and active issues, the Sprint tab's scope changes, epics and issues done outside, the
 * status report's blockers and escalations) is cut to them. Aggregates (points, counts) stay.
 */

/** The data fields of a finding that list issue keys (checks.md and checks-delivery.md). */
const KEY_LISTS = ['blockers', 'subtasks', 'failing', 'issueKeys'] as const;

const ISSUE_KEY = /\b[A-Z][A-Z0-9_]*-\d+\b/g;

/** Every issue key findings name: their issues, and the keys in their words and data lists. */
export function findingKeys(findings: readonly Finding[]): Set<string> {
  const keys = new Set<string>();
  for (const f of findings) {
    if (f.issueKey !== null) keys.add(f.issueKey);
    for (const key of f.message.match(ISSUE_KEY) ?? []) keys.add(key);
    for (const field of KEY_LISTS) {
      const list = f.data[field];
      if (Array.isArray(list)) for (const k of list) if (typeof k === 'string') keys.add(k);
    }
  }
  return keys;
}

/** Every issue key a report names, which is all cutReport asks about: its findings' and the members' active issues. */
export function namedKeys(report: Report): Set<string> {
  const keys = findingKeys(report.findings);
  for (const m of report.members) for (const k of m.activeIssues) keys.add(k);
  return keys;
}

/** How many issues the walk's project holds at least: its members' open issues. */
export const issuesAtLeast = (report: Report): number => report.members.reduce((n, m) => n + m.openIssues, 0);

/**
 * A text with every issue key the viewer may not see replaced (a blocker of a visible issue may
 * be hidden; another project's counts as hidden unless the viewer's bulk fetch returned it).
 */
export const withoutHidden = (text: string, visible: Visible): string =>
  text.replace(ISSUE_KEY, (key) => (visible.has(key) ? key : 'a hidden issue'));

const keysSeen = (keys: unknown, visible: Visible): unknown =>
  Array.isArray(keys) ? keys.filter((k) => typeof k === 'string' && visible.has(k)) : keys;

export function cutReport(report: Report, visible: Visible): Report {
  return {
    ...report,
    findings: report.findings.filter((f) => seesFinding(f, visible)).map((f) => cutFinding(f, visible)),
    members: report.members.map((m) => {
      const activeIssues = m.activeIssues.filter((k) => visible.has(k));
      // A cut list's count (fitted-meta.ts) is told only to a viewer who sees every key listed.
      const { activeTotal, ...rest } = m;
      return activeIssues.length === m.activeIssues.length && activeTotal !== undefined
        ? { ...rest, activeIssues, activeTotal }
        : { ...rest, activeIssues };
    }),
  };
}

/** Whether the viewer may see the finding at all: it is about no issue, or about one they see. */
export const seesFinding = (f: Finding, visible: Visible): boolean => f.issueKey === null || visible.has(f.issueKey);

/** A finding the viewer sees, naming no issue they may not see (in its words or its data's lists). */
export const cutFinding = (f: Finding, visible: Visible): Finding => ({
  ...f,
  message: withoutHidden(f.message, visible),
  data: cutData(f.data, visible),
});

function cutData(data: Record<string, unknown>, visible: Visible): Record<string, unknown> {
  const cut = { ...data };
  for (const field of KEY_LISTS) if (field in cut) cut[field] = keysSeen(cut[field], visible);
  return cut;
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
    ...(progress.releases ? { releases: progress.releases.map((r) => cutRelease(r, visible)) } : {}),
    ...(progress.nextSprint
      ? { nextSprint: { ...progress.nextSprint, issues: progress.nextSprint.issues.filter((i) => visible.has(i.key)) } }
      : {}),
  };
}

/** A release's lists with only the issues the viewer may see; its counts and readiness stay. */
function cutRelease(r: ReleaseSummary, visible: Visible): ReleaseSummary {
  return {
    ...r,
    findings: r.findings.map((f) => ({ ...f, message: withoutHidden(f.message, visible) })),
    issues: r.issues.filter((i) => visible.has(i.key)),
    openPullRequests: r.openPullRequests.filter((p) => visible.has(p.issueKey)),
    failingCi: r.failingCi.filter((p) => visible.has(p.issueKey)),
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
