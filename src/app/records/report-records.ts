import type { KeyValueStore } from '../../stores/key-value-store';
import { keys } from '../../stores/storage-keys';
import type { PublishedPage } from '../contract';
import type { SprintFigures } from '../../snapshot/schema';
import type { SprintReport } from '../../reporting/sprint-report';
import type { Standup } from '../../engine/standup';

/** Closed sprints' figures kept between walks (they do not change once closed). */
export interface KeptFigures {
  get(sprintId: number): Promise<SprintFigures | undefined>;
  set(figures: SprintFigures): Promise<void>;
}

/** Sprint reporting's records: closed sprints' figures, the latest Sprint tab, the weeks' published pages. */
export class ReportRecords {
  constructor(private readonly kv: KeyValueStore) {}

  /** Closed sprints' figures, read once per sprint and kept. */
  keptFigures(project: string): KeptFigures {
    return {
      get: (sprintId) => this.kv.get<SprintFigures>(keys.sprintFigures(project, sprintId)),
      set: (figures) => this.kv.set(keys.sprintFigures(project, figures.id), figures),
    };
  }

  /** The latest walk's sprint progress (the Sprint tab and the status report read it). */
  saveSprintReport(project: string, report: SprintReport): Promise<void> {
    return this.kv.set(keys.sprintReport(project), report);
  }

  getSprintReport(project: string): Promise<SprintReport | undefined> {
    return this.kv.get<SprintReport>(keys.sprintReport(project));
  }

  /** The latest walk's stand-up board. */
  saveStandup(project: string, standup: Standup): Promise<void> {
    return this.kv.set(keys.standup(project), standup);
  }

  getStandup(project: string): Promise<Standup | undefined> {
    return this.kv.get<Standup>(keys.standup(project));
  }

  getReportPage(project: string, week: string): Promise<PublishedPage | undefined> {
    return this.kv.get<PublishedPage>(keys.reportPage(project, week));
  }

  saveReportPage(project: string, page: PublishedPage): Promise<void> {
    return this.kv.set(keys.reportPage(project, page.week), page);
  }

  /** The weeks published, newest first. */
  async reportPages(project: string, limit = 10): Promise<PublishedPage[]> {
    const all = await this.kv.list<PublishedPage>(keys.reportPagesPrefix(project));
    return all
      .map((e) => e.value)
      .sort((a, b) => b.week.localeCompare(a.week))
      .slice(0, limit);
  }
}
