import type { Report } from '../engine/report';
import type { SprintReport } from './sprint-report';
import type { ReportedRisk } from './reported-risks';

/** A blocker as the status report lists it. */
export interface ReportedBlocker {
  key: string;
  /** The blocked issue's summary, and who holds it (a display name; null when unassigned). */
  summary: string;
  owner: string | null;
  level: number;
  days: number;
  blockers: string[];
  message: string;
}

/** An escalation sent this week (from the sent log; none on the command line). */
export interface ReportedEscalation {
  at: string;
  key: string | null;
  level: number | null;
  to: string[];
  by: string | null;
}

/** The weekly status report: what a stakeholder reads. One model, rendered as markdown, html, ADF or JSON. */
export interface StatusReport {
  project: { key: string; name: string | null };
  /** ISO week, `2026-W47`. */
  week: string;
  at: string;
  /** Links to issues: `${site}/browse/KEY`; null: keys only. */
  site: string | null;
  progress: SprintReport;
  score: number | null;
  /** The walk's score, day by day (oldest first). */
  trend: Array<{ date: string; score: number }>;
  /** What a stakeholder reads first: on track, at risk or off track, and why (no issue named). */
  verdict: Verdict;
  /** The TPM's internal checklist is on the page only when Settings asks (statusReport.includeChecklist). */
  showChecklist: boolean;
  blockers: ReportedBlocker[];
  escalations: ReportedEscalation[];
  checklist: { done: number; total: number; items: Array<{ title: string; cadence: string; done: boolean }> };
  /** The register's open risks by score (checks-delivery.md `risk`); absent: no register. */
  risks?: ReportedRisk[];
  /**
   * Set when the report names no issue (the weekly trigger publishes as the app, for readers
   * whose issue permissions it cannot know): what the lists held, as counts.
   */
  counted?: CountedIssues;
}

/** What an issue-free report says instead of its lists. */
export interface CountedIssues {
  blockersByLevel: [number, number, number];
  scopeChanges: number;
  epics: number;
  escalations: number;
}

/** The report without a single issue key or summary: its lists become counts. */
export function countsOnly(report: StatusReport): StatusReport {
  const p = report.progress;
  const level = (n: number) => report.blockers.filter((b) => b.level === n).length;
  return {
    ...report,
    progress: {
      ...p,
      ...(p.burndown ? { burndown: { ...p.burndown, changes: [] } } : {}),
      epics: [],
      velocity: p.velocity.map((v) => (v.outside ? { ...v, outside: { ...v.outside, keys: [] } } : v)),
      ...(p.doneOutside ? { doneOutside: [] } : {}),
      ...(p.lists
        ? {
            lists: {
              completed: { issues: [], total: p.lists.completed.total },
              notCompleted: { issues: [], total: p.lists.notCompleted.total },
              removed: { issues: [], total: p.lists.removed.total },
              addedDuringSprint: { issues: [], total: p.lists.addedDuringSprint.total },
            },
          }
        : {}),
      // Releases keep their names, dates, counts and readiness; the next sprint its share.
      ...(p.releases
        ? {
            releases: p.releases.map((r) => ({
              ...r,
              findings: r.findings.map((f) => ({ ...f, message: f.code })),
              issues: [],
              openPullRequests: [],
              failingCi: [],
            })),
          }
        : {}),
      ...(p.nextSprint ? { nextSprint: { ...p.nextSprint, issues: [] } } : {}),
    },
    blockers: [],
    escalations: [],
    counted: {
      blockersByLevel: [level(1), level(2), level(3)],
      scopeChanges: p.burndown?.changes.length ?? 0,
      epics: p.epics.length,
      escalations: report.escalations.length,
    },
  };
}

export interface Verdict {
  state: 'on-track' | 'at-risk' | 'off-track';
  reasons: string[];
}

/**
 * The verdict: off track when the forecast misses the sprint's end and a blocker is at level 3;
 * at risk when either holds (or three blockers are at level 2); else on track.
 */
export function verdictOf(progress: SprintReport, blockers: ReadonlyArray<{ level: number }>): Verdict {
  const reasons: string[] = [];
  const f = progress.forecast;
  const late = f !== null && f.finishDate !== null && !f.onTrack;
  if (late && f)
    reasons.push(
      `the forecast is done by ${f.finishDate ?? ''}, after the sprint ends on ${progress.sprint?.endDate.slice(0, 10) ?? ''}`,
    );
  const level3 = blockers.filter((b) => b.level >= 3).length;
  const level2 = blockers.filter((b) => b.level === 2).length;
  if (level3) reasons.push(`${level3} blocker${level3 === 1 ? '' : 's'} at level 3 (sponsor)`);
  if (level2 >= 3) reasons.push(`${level2} blockers at level 2`);
  if (f && f.finishDate !== null && f.onTrack)
    reasons.push(`the forecast is done by ${f.finishDate}, within the sprint`);
  const state = late && level3 ? 'off-track' : late || level3 || level2 >= 3 ? 'at-risk' : 'on-track';
  if (state === 'on-track' && reasons.length === 0) reasons.push('no blocker at level 3 and nothing late');
  return { state, reasons };
}

export interface StatusReportInput {
  week: string;
  at: string;
  site: string | null;
  project: { key: string; name: string | null };
  walk: Report | null;
  progress: SprintReport;
  trend: Array<{ date: string; score: number }>;
  escalations: ReportedEscalation[];
  checklist: Array<{ title: string; cadence: string; ticked: boolean }>;
  /** Settings `statusReport.includeChecklist` (default: the checklist stays the TPM's). */
  includeChecklist?: boolean;
  risks?: ReportedRisk[];
}

/** The report's data from the walk, the sprint's progress and what the app kept. */
export function statusReport(input: StatusReportInput): StatusReport {
  const names = new Map((input.walk?.members ?? []).map((m) => [m.accountId, m.displayName]));
  const blockers = (input.walk?.findings ?? [])
    .filter((f) => f.check === 'blocked' && f.issueKey)
    .map((f) => ({
      key: f.issueKey ?? '',
      summary: typeof f.data.summary === 'string' ? f.data.summary : '',
      owner: f.accountId ? (names.get(f.accountId) ?? f.accountId) : null,
      level: typeof f.data.level === 'number' ? f.data.level : 1,
      days: typeof f.data.days === 'number' ? f.data.days : 0,
      blockers: Array.isArray(f.data.blockers) ? f.data.blockers.filter((b): b is string => typeof b === 'string') : [],
      message: f.message,
    }))
    .sort((a, b) => b.level - a.level || b.days - a.days || a.key.localeCompare(b.key));
  return {
    project: input.project,
    week: input.week,
    at: input.at,
    site: input.site,
    progress: input.progress,
    score: input.walk?.score ?? null,
    trend: input.trend,
    verdict: verdictOf(input.progress, blockers),
    showChecklist: input.includeChecklist ?? false,
    blockers,
    escalations: input.escalations,
    checklist: {
      done: input.checklist.filter((i) => i.ticked).length,
      total: input.checklist.length,
      items: input.checklist.map((i) => ({ title: i.title, cadence: i.cadence, done: i.ticked })),
    },
    ...(input.risks ? { risks: input.risks } : {}),
  };
}
