import { fetchSnapshot } from '../../fetch/fetch-snapshot';
import { parseSettings } from '../../settings/schema';
import { walk } from '../../engine/walk';
import { readJsonFile } from '../read-json-file';
import { boardOf, printReport, type CheckOptions, type Io } from './check';
import { siteFetch, type Progress, type SiteOptions } from './site-options';
import { withReporting } from './with-reporting';
import { instantOption } from './instant-option';
import { writeJsonFile } from '../json-text';

export interface WalkOptions extends SiteOptions, Pick<CheckOptions, 'at' | 'format' | 'failOn' | 'settings'> {
  saveSnapshot?: string;
}

/** `focus-walk walk`: fetch followed by check. Settings are checked before the site is called. */
export async function runWalk(o: WalkOptions, io: Io, env: NodeJS.ProcessEnv, progress: Progress): Promise<number> {
  const settings = o.settings ? await readJsonFile(o.settings, 'settings') : {};
  const parsed = parseSettings(settings); // before the fetch: a bad file fails at once
  const instant = instantOption(o.at, io);
  const at = o.at ?? instant.toISOString();
  const { api, options } = siteFetch(o, env, progress);
  const snapshot = await withReporting(
    api,
    await fetchSnapshot(api, { ...options, now: () => instant, ready: parsed.ready }),
    parsed,
    instant,
    progress,
  );
  if (o.saveSnapshot) writeJsonFile(o.saveSnapshot, snapshot);
  return printReport(walk(snapshot, settings, at), o, io, boardOf(snapshot));
}
