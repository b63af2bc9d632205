import { ApiError, type Requester } from '../../fetch/requester';
import { findSpaces } from '../../fetch/confluence/find-spaces';
import { createPage, findPageByTitle, getPage, updatePage, type PageRef } from '../../fetch/confluence/pages';
import { reportDocument } from '../../reporting/report-document';
import { toAdf } from '../../reporting/render-report';
import type { StatusReport } from '../../reporting/status-report';
import { InputError } from '../../core/input-error';
import { ConflictError } from '../../core/errors';
import { isOwnPage, markOwnPage } from '../../fetch/confluence/page-properties';
import type { AppStores } from '../records/app-stores';
import type { PersonRef, PublishedPage } from '../contract';
import { loadSettings } from '../settings/load-settings';

/** The page's title: unique per space and week, so a re-publish finds it by title too. */
export const reportTitle = (r: StatusReport): string =>
  `${r.project.name ? `${r.project.name} (${r.project.key})` : r.project.key} status ${r.week}`;

/**
 * Publishes the week's status report to the space (and under the parent page) of Settings:
 * creates the week's page once, then updates it as its next version. The page is found by the
 * id kept for the week, else by its title; a create that loses a race to another publisher
 * (Confluence refuses a second page of the same title in a space) updates the winner's page.
 * Never a second page for a week, and never a page the app did not create: a page found by its
 * title is adopted only when it carries the app's content property (set on every page it creates).
 */
export async function publishStatusReport(
  stores: AppStores,
  confluence: Requester,
  report: StatusReport,
  by: PersonRef | null,
  now: Date,
): Promise<PublishedPage> {
  const project = report.project.key;
  const { settings } = await loadSettings(stores, project);
  const spaceKey = settings.statusReport.space;
  if (!spaceKey)
    throw new InputError('settings', 'statusReport.space', 'no Confluence space is set for the status report');
  const [space] = await findSpaces(confluence, [spaceKey]);
  if (!space)
    throw new InputError(
      'settings',
      'statusReport.space',
      `the space ${spaceKey} was not found (or you may not see it)`,
    );
  const title = reportTitle(report);
  const doc = toAdf(reportDocument(report)) as Parameters<typeof createPage>[1]['doc'];
  const message = `Focus Walk, ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

  const update = (p: PageRef) => updatePage(confluence, { id: p.id, title, version: p.version, doc, message });
  const adoptable = async (p: PageRef): Promise<PageRef> => {
    if (await isOwnPage(confluence, p.id)) return p;
    throw new ConflictError(
      `A page titled "${title}" already exists in the space ${spaceKey} and was not made by Focus Walk: it is left as it is. Rename or move that page, then publish again.`,
      'statusReport.space',
    );
  };

  const kept = await stores.getReportPage(project, report.week);
  let page: PageRef | null = kept ? await getPage(confluence, kept.pageId) : null;
  if (!page) {
    const found = await findPageByTitle(confluence, space.id, title);
    page = found ? await adoptable(found) : null;
  }
  if (page) page = await update(page);
  else {
    try {
      page = await createPage(confluence, {
        spaceId: space.id,
        parentId: settings.statusReport.parentPageId,
        title,
        doc,
      });
    } catch (error) {
      if (!(error instanceof ApiError) || ![400, 409].includes(error.status)) throw error;
      const existing = await findPageByTitle(confluence, space.id, title);
      if (!existing) throw error;
      page = await update(await adoptable(existing));
    }
    if (page.version === 1) await markOwnPage(confluence, page.id, { project, week: report.week });
  }
  const published: PublishedPage = {
    week: report.week,
    pageId: page.id,
    title,
    spaceKey,
    url: page.webui && report.site ? `${report.site}/wiki${page.webui}` : null,
    version: page.version,
    at: now.toISOString(),
    by,
  };
  await stores.saveReportPage(project, published);
  return published;
}
