import { DateTime } from 'luxon';
import { statusReport, type StatusReport } from '../../reporting/status-report';
import type { Report } from '../../engine/report';
import { checklistOf } from '../checklist/checklist';
import { periodsAt } from '../settings/periods';
import { loadSettings } from '../settings/load-settings';
import type { AppStores } from '../records/app-stores';
import type { SentStore } from '../../stores/sent-store';
import type { SentRecord } from '../contract';
import { NotFoundError } from '../../core/errors';
import type { RiskStore } from '../../stores/risk-store';
import { openRisksByScore, reportedRisk, type ReportedRisk } from '../../reporting/reported-risks';

export interface StatusReportDeps {
  stores: AppStores;
  sent: SentStore;
  now: () => Date;
  /** The risk register; absent: the page lists no risks. */
  risks?: RiskStore;
}

/**
 * The week's status report from what the app keeps: the latest walk, the latest sprint progress,
 * the week's scores, the week's escalations from the sent log, and the checklist (walk judgement
 * and hand ticks). `cut` makes it fit its readers: the issues a TPM may see (visibility.ts), or
 * counts only when the app publishes it.
 */
export async function buildStatusReport(
  deps: StatusReportDeps,
  project: string,
  siteUrl: string | null,
  cut: (report: StatusReport) => StatusReport,
): Promise<StatusReport> {
  const now = deps.now();
  const { settings } = await loadSettings(deps.stores, project);
  const periods = periodsAt(now, settings.timezone);
  const weekStart = DateTime.fromJSDate(now, { zone: settings.timezone }).startOf('week').toISODate() ?? periods.day;
  const [progress, history] = await Promise.all([
    deps.stores.getSprintReport(project),
    deps.stores.trend(project, 30, periods.day),
  ]);
  if (!progress) throw new NotFoundError(`No walk of ${project} has been recorded yet: walk it first (Refresh).`);
  const stored = await deps.stores.getDayOrLatest(project, periods.day, history);
  const walk: Report | null = stored?.report ?? null;
  const [dayTicks, weekTicks, sent] = await Promise.all([
    deps.stores.ticks(project, periods.day),
    deps.stores.ticks(project, periods.week),
    deps.sent.list<SentRecord & { state?: string }>(project, weekStart, periods.day),
  ]);
  const judged = stored?.summary.date === periods.day ? walk : null;
  const risks = deps.risks ? await weekRisks(deps.risks, project, weekStart, stored?.people ?? {}) : undefined;
  const report = statusReport({
    week: periods.week,
    at: now.toISOString(),
    site: siteUrl,
    project: { key: project, name: walk?.project.name ?? null },
    walk,
    progress,
    trend: history.filter((h) => h.date >= weekStart).map(({ date, score }) => ({ date, score })),
    escalations: sent
      .map((r) => r.value.record)
      .filter((r) => r.kind === 'escalation')
      .sort((a, b) => a.at.localeCompare(b.at))
      .map((r) => ({
        at: r.at,
        key: r.issueKey,
        level: r.level ?? null,
        to: r.to.map((p) => p.displayName),
        by: r.by?.displayName ?? null,
      })),
    checklist: checklistOf(settings, judged, periods, { day: dayTicks, week: weekTicks }),
    includeChecklist: settings.statusReport.includeChecklist,
    ...(risks ? { risks } : {}),
  });
  return cut(report);
}

/** The open risks by score, each with what changed since the week began (one history read each). */
async function weekRisks(
  store: RiskStore,
  project: string,
  weekStart: string,
  names: Record<string, string>,
): Promise<ReportedRisk[]> {
  const open = openRisksByScore((await store.all(project)).map((r) => r.risk));
  return Promise.all(
    open.map(async (r) => {
      const changes = (await store.history(project, r.id))
        .filter((h) => h.at.slice(0, 10) >= weekStart)
        .map((h) => {
          const fields = Object.keys(h.fields);
          return h.action === 'edited' && fields.length ? `edited: ${fields.join(', ')}` : h.action;
        });
      return reportedRisk(r, r.owner ? (names[r.owner] ?? r.owner) : null, changes);
    }),
  );
}
