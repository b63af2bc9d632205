import type { BackgroundDeps } from '../walks/background-walks';
import { loadSettings } from '../settings/load-settings';
import { buildStatusReport } from '../reports/status-report-service';
import { publishStatusReport } from '../reports/publish-report';
import { siteUrlOf } from '../sending/sent-log';
import type { PublishedPage } from '../contract';
import { countsOnly } from '../../reporting/status-report';

/** The weekly trigger: one `report` event per project whose settings name a Confluence space. */
export async function queueWeeklyReports(deps: BackgroundDeps): Promise<number> {
  const bodies: Array<{ body: Record<string, unknown> }> = [];
  for (const project of await deps.stores.projectsWithSettings()) {
    const { settings } = await loadSettings(deps.stores, project).catch(() => ({ settings: null }));
    if (settings?.statusReport.space) bodies.push({ body: { kind: 'report', project } });
  }
  for (let i = 0; i < bodies.length; i += 50) await deps.queue.push(bodies.slice(i, i + 50));
  return bodies.length;
}

/**
 * A `report` event: the week's status report from the stored walk, published as the app. The app
 * cannot know which issues each reader of the page may see, so its page names none: counts only.
 */
export async function runWeeklyReport(deps: BackgroundDeps, project: string): Promise<PublishedPage> {
  const report = await buildStatusReport(deps, project, await siteUrlOf(deps.kv), countsOnly);
  return publishStatusReport(deps.stores, deps.appRequester, report, null, deps.now());
}
