import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from '../../src/app/contract';
import { DEMO_AT, DEMO_USERS } from '../../dev/demo/demo-snapshot';
import { generateConfluenceDemo } from '../../dev/demo/confluence-demo';
import { ForgeHarness } from '../../dev/preview/forge-harness';
import { startLocalSite, type LocalSite } from '../../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../../dev/local-site/site-data';

/** The demo sprint (test/fixtures/demo-snapshot.json), as the local site serves it. */
export const DEMO = JSON.parse(
  readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8'),
) as SiteData;
/** The demo project's page, as Forge's context names it. */
export const PAGE = { extension: { type: 'jira:projectPage', project: { key: 'FW', id: '10000' } } };

export interface DemoHarness {
  site: LocalSite;
  harness: ForgeHarness;
  /** A resolver's data as `as` (the demo's TPM, Tess, unless told), or an Error naming its code. */
  data<T>(key: string, payload: unknown, as?: string, context?: object): Promise<T>;
  close(): Promise<void>;
}

/**
 * The demo site (Tess its administrator, the clock at the demo's instant) and the app's production
 * wiring in the Forge stand-in; `settings` saved as Tess, and walked once unless `walk: false`.
 */
export async function startDemo(
  o: { hidden?: Record<string, string[]>; settings?: Record<string, unknown>; walk?: boolean; record?: boolean } = {},
): Promise<DemoHarness> {
  const tess = DEMO_USERS.tess.accountId;
  const site = await startLocalSite(toSiteDataSet(DEMO), {
    admins: [tess],
    now: () => new Date(DEMO_AT),
    hidden: o.hidden ?? {},
    record: o.record ?? false,
    confluence: generateConfluenceDemo(),
  });
  const harness = new ForgeHarness(site.url, () => new Date(DEMO_AT));
  harness.install();
  const data = async <T>(key: string, payload: unknown, as = tess, context: object = PAGE): Promise<T> => {
    const r = (await harness.invoke(key, payload, context, as)) as Result<T>;
    if (!r.ok) throw new Error(`${key}: ${r.error.code}: ${r.error.message}`);
    return r.data;
  };
  if (o.settings) await data('saveSettings', { settings: o.settings });
  if (o.walk !== false) await harness.walkNow(PAGE, tess);
  return {
    site,
    harness,
    data,
    close: async () => {
      harness.uninstall();
      await site.close();
    },
  };
}
