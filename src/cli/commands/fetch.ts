import { fetchSnapshot } from '../../fetch/fetch-snapshot';
import { EXIT } from '../exit-codes';
import type { Io } from './check';
import { siteFetch, type Progress, type SiteOptions } from './site-options';
import { parseSettings } from '../../settings/schema';
import { withReporting } from './with-reporting';
import { instantOption } from './instant-option';
import { jsonText, writeJsonFile } from '../json-text';

export interface FetchOptions extends SiteOptions {
  out?: string;
  at?: string;
}

/** `focus-walk fetch`: a snapshot from a live site, to a file or stdout. */
export async function runFetch(o: FetchOptions, io: Io, env: NodeJS.ProcessEnv, progress: Progress): Promise<number> {
  const at = instantOption(o.at, io);
  const { api, options } = siteFetch(o, env, progress);
  const snapshot = await withReporting(
    api,
    await fetchSnapshot(api, { ...options, now: () => at }),
    parseSettings({}),
    at,
    progress,
  );
  // In pieces: a large sprint's snapshot is longer than any one string (json-text.ts).
  if (o.out) {
    writeJsonFile(o.out, snapshot);
    progress(`snapshot written to ${o.out}`);
  } else {
    for (const text of jsonText(snapshot)) io.stdout(text);
    io.stdout('\n');
  }
  return EXIT.ok;
}
