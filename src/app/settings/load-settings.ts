import { parseSettings, type Settings } from '../../settings/schema';

/** Where a project's settings document is kept (AppStores in the app). */
export interface SettingsSource {
  getSettings(project: string): Promise<unknown>;
}

/** Settings as saved (none: defaults). Bad stored settings are reported, not silently replaced. */
export async function loadSettings(
  stores: SettingsSource,
  project: string,
): Promise<{ input: unknown; settings: Settings }> {
  const input = (await stores.getSettings(project)) ?? {};
  return { input, settings: parseSettings(input) };
}
