import type { HistoryPoint } from './contract';
import type { Report } from '../engine/report';
import type { KeyValueStore } from '../stores/key-value-store';

/**
 * The app's records in one KeyValueStore:
 *   settings:{project}                          the settings document as saved
 *   tick:{project}:{period}:{item}:{accountId}  one record per person, item and period
 *   history:{project}:{day}                     the day's walk: score, counts, report
 * Ticks are one key per person and item, so concurrent ticks never overwrite each other.
 */
export interface TickRecord {
  itemId: string;
  accountId: string;
  displayName: string;
  ticked: boolean;
  at: string;
}

export interface HistoryRecord extends HistoryPoint {
  report: Report;
  /** Display names of everyone the walk read (members or not), for who-ticked-what. */
  people?: Record<string, string>;
}

const enc = (part: string) => encodeURIComponent(part);

export class AppStores {
  constructor(private readonly kv: KeyValueStore) {}

  getSettings(project: string): Promise<unknown> {
    return this.kv.get(`settings:${enc(project)}`);
  }

  saveSettings(project: string, settings: unknown): Promise<void> {
    return this.kv.set(`settings:${enc(project)}`, settings);
  }

  /** Projects that have settings: the ones the daily trigger walks. */
  async projectsWithSettings(): Promise<string[]> {
    return (await this.kv.list('settings:')).map((e) => decodeURIComponent(e.key.slice('settings:'.length)));
  }

  recordTick(project: string, period: string, record: TickRecord): Promise<void> {
    return this.kv.set(`tick:${enc(project)}:${period}:${enc(record.itemId)}:${enc(record.accountId)}`, record);
  }

  async ticks(project: string, period: string): Promise<TickRecord[]> {
    return (await this.kv.list<TickRecord>(`tick:${enc(project)}:${period}:`)).map((e) => e.value);
  }

  saveHistory(project: string, day: string, record: HistoryRecord): Promise<void> {
    return this.kv.set(`history:${enc(project)}:${day}`, record);
  }

  getHistory(project: string, day: string): Promise<HistoryRecord | undefined> {
    return this.kv.get<HistoryRecord>(`history:${enc(project)}:${day}`);
  }

  async trend(project: string, limit = 30): Promise<HistoryPoint[]> {
    const all = await this.kv.list<HistoryRecord>(`history:${enc(project)}:`);
    return all.slice(-limit).map(({ value: { date, score, errors, warnings, info } }) => ({ date, score, errors, warnings, info }));
  }
}
