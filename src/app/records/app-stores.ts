import type { Report } from '../../engine/report';
import type { KeyValueStore } from '../../stores/key-value-store';
import type { DaySummary, HistoryPoint, PublishedPage } from '../contract';
import type { SprintReport } from '../../reporting/sprint-report';
import type { Standup } from '../../engine/standup';
import { SettingsRecords } from './settings-records';
import { TickRecords, type TickRecord } from './tick-records';
import type { PartSelector } from './walk-parts';
import { WalkHistory, type DayExtras, type StoredDay } from './walk-history';
import { ReportRecords, type KeptFigures } from './report-records';

export { LAYOUT_VERSION, summarize, splitFindings, type DayExtras, type StoredDay } from './walk-history';
export type { TickRecord } from './tick-records';
export type { KeptFigures } from './report-records';

/**
 * The app's records in one KeyValueStore, one module per kind: the settings documents
 * (settings-records.ts), the checklist's ticks (tick-records.ts), the walks' history
 * (walk-history.ts) and sprint reporting's records (report-records.ts). One door for the app.
 */
export class AppStores {
  private readonly settings: SettingsRecords;
  private readonly tickRecords: TickRecords;
  private readonly history: WalkHistory;
  private readonly reports: ReportRecords;

  constructor(kv: KeyValueStore) {
    this.settings = new SettingsRecords(kv);
    this.tickRecords = new TickRecords(kv);
    this.history = new WalkHistory(kv);
    this.reports = new ReportRecords(kv);
  }

  getSettings = (project: string): Promise<unknown> => this.settings.getSettings(project);
  saveSettings = (project: string, settings: unknown): Promise<void> => this.settings.saveSettings(project, settings);
  projectsWithSettings = (): Promise<string[]> => this.settings.projectsWithSettings();

  recordTick = (project: string, period: string, record: TickRecord): Promise<void> =>
    this.tickRecords.recordTick(project, period, record);
  ticks = (project: string, period: string): Promise<TickRecord[]> => this.tickRecords.ticks(project, period);

  saveDay = (
    project: string,
    day: string,
    report: Report,
    people: Record<string, string>,
    extras?: DayExtras,
  ): Promise<DaySummary> => this.history.saveDay(project, day, report, people, extras);
  getDaySummary = (project: string, day: string): Promise<DaySummary | undefined> =>
    this.history.getDaySummary(project, day);
  /** `only`: just those checks' findings, or one issue's and nobody's, reading just their parts. */
  getDay = (project: string, day: string, only?: PartSelector): Promise<StoredDay | undefined> =>
    this.history.getDay(project, day, only);
  getDayOrLatest = (
    project: string,
    day: string,
    history?: readonly HistoryPoint[],
    only?: PartSelector,
  ): Promise<StoredDay | undefined> => this.history.getDayOrLatest(project, day, history, only);
  trend = (project: string, limit?: number, today?: string): Promise<HistoryPoint[]> =>
    this.history.trend(project, limit, today);
  deleteDaysBefore = (project: string, firstKept: string): Promise<string[]> =>
    this.history.deleteDaysBefore(project, firstKept);

  keptFigures = (project: string): KeptFigures => this.reports.keptFigures(project);
  saveSprintReport = (project: string, report: SprintReport): Promise<void> =>
    this.reports.saveSprintReport(project, report);
  getSprintReport = (project: string): Promise<SprintReport | undefined> => this.reports.getSprintReport(project);
  saveStandup = (project: string, standup: Standup): Promise<void> => this.reports.saveStandup(project, standup);
  getStandup = (project: string): Promise<Standup | undefined> => this.reports.getStandup(project);
  getReportPage = (project: string, week: string): Promise<PublishedPage | undefined> =>
    this.reports.getReportPage(project, week);
  saveReportPage = (project: string, page: PublishedPage): Promise<void> => this.reports.saveReportPage(project, page);
  reportPages = (project: string, limit?: number): Promise<PublishedPage[]> => this.reports.reportPages(project, limit);
}
