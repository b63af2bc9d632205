import type { Report } from '../engine/report';
import type { Finding } from '../engine/finding';
import { deliveryViews } from '../engine/delivery-views';
import { WorkingCalendar } from '../core/time/working-calendar';
import { localDate } from '../core/time/zones';
import type { Settings } from '../settings/schema';
import type { Snapshot } from '../snapshot/schema';

/** How many issues and pull requests a release lists (the counts stay whole): a stored value stays small. */
export const LISTED_PER_RELEASE = 50;

export type Readiness = 'ready' | 'at-risk' | 'blocked';

/** One unreleased version as the Releases tab and the status page show it. */
export interface ReleaseSummary {
  id: string;
  name: string;
  releaseDate: string | null;
  /** Working days from the project's today to the release date (negative: past it); null: no date. */
  daysLeft: number | null;
  counts: { toDo: number; inProgress: number; done: number };
  /** blocked: an error finding (overdue, blocked); at risk: a warning or no date; else ready. */
  readiness: Readiness;
  findings: Array<{ code: string; severity: Finding['severity']; message: string }>;
  /** The walked sprint's issues with this fix version (at most LISTED_PER_RELEASE), and how many there are. */
  issues: Array<{ key: string; summary: string; status: string }>;
  issueCount: number;
  openPullRequests: Array<{ issueKey: string; id: string; url: string | null }>;
  failingCi: Array<{ issueKey: string; id: string; url: string | null; failed: string[] }>;
}

/** The next sprint (or the Ready column) as the Next sprint tab shows it. */
export interface NextSprintSummary {
  sprint: { id: number; name: string; startDate: string | null } | null;
  share: number;
  checked: number;
  ready: number;
  /** Each checked issue, with the `ready` codes it misses (none: ready to plan). */
  issues: Array<{ key: string; summary: string; issueType: string; missing: string[] }>;
}

export interface DeliveryReport {
  releases: ReleaseSummary[] | null;
  nextSprint: NextSprintSummary | null;
}

type PullRequestLike = {
  id: string;
  status: string;
  url?: string;
  ci?: { state: string; failed?: string[]; url?: string | null };
};

/** The releases and the next sprint, from the walk's snapshot and its report (one computation for every surface). */
export function deliveryReport(snapshot: Snapshot, settings: Settings, report: Report, at: number): DeliveryReport {
  const views = deliveryViews(snapshot);
  const calendar = new WorkingCalendar(settings.workingDays, settings.holidays);
  const today = localDate(at, settings.timezone);
  const releases =
    views.versions?.map((v): ReleaseSummary => {
      const findings = report.findings.filter((f) => f.subject === `version:${v.id}`);
      const issues = snapshot.issues.filter((i) => (i.fields.fixVersions ?? []).some((x) => x.id === v.id));
      const prs = issues.flatMap((i) =>
        ((snapshot.development?.[i.id]?.pullRequests ?? []) as PullRequestLike[])
          .filter((p) => p.status.trim().toUpperCase() === 'OPEN')
          .map((p) => ({ issueKey: i.key, pr: p })),
      );
      return {
        id: v.id,
        name: v.name,
        releaseDate: v.releaseDate,
        daysLeft: v.releaseDate === null ? null : calendar.workingDaysUntil(today, v.releaseDate),
        counts: v.counts,
        readiness: findings.some((f) => f.severity === 'error') ? 'blocked' : findings.length > 0 ? 'at-risk' : 'ready',
        findings: findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message })),
        issues: issues
          .slice(0, LISTED_PER_RELEASE)
          .map((i) => ({ key: i.key, summary: i.fields.summary ?? '', status: i.fields.status.name })),
        issueCount: issues.length,
        openPullRequests: prs
          .slice(0, LISTED_PER_RELEASE)
          .map(({ issueKey, pr }) => ({ issueKey, id: pr.id, url: pr.url ?? null })),
        failingCi: prs
          .filter(({ pr }) => pr.ci?.state === 'failure')
          .slice(0, LISTED_PER_RELEASE)
          .map(({ issueKey, pr }) => ({
            issueKey,
            id: pr.id,
            url: pr.ci?.url ?? pr.url ?? null,
            failed: pr.ci?.failed ?? [],
          })),
      };
    }) ?? null;
  const readiness = report.readiness;
  const upcoming = views.upcoming;
  const nextSprint =
    upcoming && readiness
      ? {
          sprint: upcoming.sprint,
          share: readiness.share,
          checked: readiness.checked,
          ready: readiness.ready,
          issues: upcoming.issues
            .filter((i) => !i.subtask && i.hierarchyLevel < 1)
            .map((i) => ({
              key: i.key,
              summary: i.summary,
              issueType: i.issueType,
              missing: report.findings.filter((f) => f.check === 'ready' && f.issueKey === i.key).map((f) => f.code),
            })),
        }
      : null;
  return { releases, nextSprint };
}
