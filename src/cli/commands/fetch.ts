import { writeFileSync } from 'node:fs';
import { fetchSnapshot } from '../../fetch/fetch-snapshot';
import { EXIT } from '../exit-codes';
import type { Io } from './check';
import { siteFetch, type Progress, type SiteOptions } from './site-options';
import { parseSettings } from '../../settings/schema';
import { withReporting } from './with-reporting';
import { instantOption } from './instant-option';

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
  const text = `${JSON.stringify(snapshot, null, 2)}\n`;
  if (o.out) {
    writeFileSync(o.out, text);
    progress(`snapshot written to ${o.out}`);
  } else {
    io.stdout(text);
  }
  return EXIT.ok;
}
