import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_AT, DEMO_USERS } from '../../dev/demo/demo-snapshot';
import { generateConfluenceDemo, type ConfluenceData } from '../../dev/demo/confluence-demo';
import { withSprintHistory } from '../../dev/demo/sprint-history';
import { startLocalSite, type LocalSite, type LocalSiteOptions } from '../../dev/local-site/server';
import { toSiteDataSet, type SiteData } from '../../dev/local-site/site-data';
import { ForgeHarness } from '../../dev/preview/forge-harness';

export const DEMO = JSON.parse(
  readFileSync(join(__dirname, '..', 'fixtures', 'demo-snapshot.json'), 'utf8'),
) as SiteData;

/** The demo project page as Jira frames it (the site's address for links). */
export const PROJECT = {
  extension: { type: 'jira:projectPage', project: { key: 'FW', id: '10000' } },
  siteUrl: 'https://acme.atlassian.net',
};

export interface ReportingHarness {
  site: LocalSite;
  harness: ForgeHarness;
  confluence: ConfluenceData;
  close(): Promise<void>;
}

/**
 * The demo with its sprint history and Confluence, the production wiring in the Forge stand-in,
 * the status report's space set by Tess (the TPM) and one walk made as the app.
 */
export async function startReportingHarness(site: Partial<LocalSiteOptions> = {}): Promise<ReportingHarness> {
  const confluence = generateConfluenceDemo();
  const local = await startLocalSite(withSprintHistory(toSiteDataSet(DEMO)), {
    admins: [DEMO_USERS.tess.accountId],
    now: () => new Date(DEMO_AT),
    confluence,
    ...site,
  });
  const harness = new ForgeHarness(local.url, () => new Date(DEMO_AT), undefined, {
    timeScale: 0.001,
    timeoutSeconds: 60000,
  });
  harness.install();
  await harness.invoke(
    'saveSettings',
    { settings: { statusReport: { space: 'TEAM' } } },
    PROJECT,
    DEMO_USERS.tess.accountId,
  );
  await harness.walkNow(PROJECT, DEMO_USERS.tess.accountId);
  return {
    site: local,
    harness,
    confluence,
    close: async () => {
      await harness.settled();
      harness.uninstall();
      await local.close();
    },
  };
}
