import { z } from 'zod';
import type { Requester } from '../../fetch/requester';
import { canBrowseProject } from '../../fetch/jira/can-browse-project';
import { NotFoundError } from '../../core/errors';
import { toInputError } from '../../core/zod-input-error';
import { walkViewSeen, type WalkDeps } from '../walks/walk-service';
import { cutSprintReport } from '../walks/visibility';
import type { AppStores } from '../records/app-stores';
import { GADGET_PARTS, type GadgetView } from './gadget-contract';

/** The gadget's settings as Jira hands them back (a user typed the key): checked before use. */
const CONFIG = z.object({
  project: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9_]{0,99}$/, 'expected a Jira project key such as FW')
    .optional(),
  show: z.array(z.enum(GADGET_PARTS)).max(GADGET_PARTS.length).optional(),
});

/** The trend's days on a gadget: two weeks. */
const TREND_DAYS = 14;

/**
 * The dashboard gadget: the picked project's latest stored walk as the viewer may see it (the
 * same cut as the project page: issues they may see now, `privacy.membersSee`), with the
 * Sprint tab's releases and next sprint. It reads storage and one permission check; no walk.
 */
export async function gadgetView(
  deps: WalkDeps & { stores: AppStores },
  api: Requester,
  viewer: string,
  rawConfig: unknown,
  siteUrl: string | null,
): Promise<GadgetView> {
  const parsed = CONFIG.safeParse(rawConfig ?? {});
  if (!parsed.success) throw toInputError('gadget settings', parsed.error);
  const show = parsed.data.show?.length ? parsed.data.show : [...GADGET_PARTS];
  const key = parsed.data.project;
  if (!key) return { project: null, show, walk: null, pageUrl: null };
  // A project the viewer may not browse is answered as one that does not exist.
  if (!(await canBrowseProject(api, key)))
    throw new NotFoundError(
      `There is no project ${key}, or you may not see it: pick another in the gadget's settings.`,
    );
  // One visibility question (the project's keys, as the viewer) cuts both the walk and the Sprint tab's lists.
  const [{ view, visible }, progress] = await Promise.all([
    walkViewSeen(deps, api, key, undefined, siteUrl, null, viewer, 'project'),
    deps.stores.getSprintReport(key),
  ]);
  const report = view.report;
  const pageUrl = siteUrl ? `${siteUrl}/browse/${key}` : null;
  if (!report || !visible) return { project: { key, name: null }, show, walk: null, pageUrl };
  const sprint = progress ? cutSprintReport(progress, visible) : null;
  const blockers = report.findings
    .filter((f) => f.check === 'blocked' && f.issueKey !== null && Number(f.data.level) >= 2)
    .map((f) => ({
      issueKey: f.issueKey ?? '',
      level: Number(f.data.level),
      days: Number(f.data.days ?? 0),
      message: f.message,
    }))
    .sort((a, b) => b.level - a.level || b.days - a.days || a.issueKey.localeCompare(b.issueKey));
  const next = sprint?.nextSprint ?? null;
  return {
    project: { key, name: report.project.name },
    show,
    walk: {
      at: report.at,
      score: report.score,
      trend: view.history.slice(-TREND_DAYS).map(({ date, score }) => ({ date, score })),
      red: report.members
        .filter((m) => m.status === 'red')
        .map(({ accountId, displayName }) => ({ accountId, displayName })),
      blockers,
      releases: (sprint?.releases ?? [])
        .filter((r) => r.readiness !== 'ready')
        .map(({ name, releaseDate, daysLeft, readiness }) => ({ name, releaseDate, daysLeft, readiness })),
      next: next
        ? { sprint: next.sprint?.name ?? null, share: next.share, checked: next.checked, ready: next.ready }
        : null,
    },
    pageUrl,
  };
}
