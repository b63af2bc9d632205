import type { KeyValueStore } from '../../stores/key-value-store';
import { keys } from '../../stores/storage-keys';

/** Each project's settings document, as saved (`settings:{project}`); its revision is SettingsStore's. */
export class SettingsRecords {
  constructor(private readonly kv: KeyValueStore) {}

  getSettings(project: string): Promise<unknown> {
    return this.kv.get(keys.settings(project));
  }

  saveSettings(project: string, settings: unknown): Promise<void> {
    return this.kv.set(keys.settings(project), settings);
  }

  /** Projects that have settings: the ones the daily trigger walks. */
  async projectsWithSettings(): Promise<string[]> {
    return (await this.kv.list(keys.settingsPrefix())).map((e) => keys.projectOfSettingsKey(e.key));
  }
}
