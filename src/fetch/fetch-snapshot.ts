import pLimit from 'p-limit';
import { ApiError, type Requester } from './requester';
import { parseDevelopmentField } from './development-summary';
import { IssueSlimmer } from './slim-issue';
import { BASE_FIELDS, type IssueBean } from './jira/search-issues';
import { searchIssueKeys } from './jira/search-issue-keys';
import { BULK_FETCH_BATCH, bulkFetchIssues } from './jira/bulk-fetch-issues';
import { getProject, type ProjectRef } from './jira/get-project';
import type { Sprint } from './jira/get-active-sprint';
import { getBoardConfiguration } from './jira/get-board-configuration';
import { findBoard } from './find-board';
import { getFieldIds, type FieldIds } from './jira/get-field-ids';
import { completeIssue, referencedAccounts } from './complete-issue';
import { CHANGELOG_BATCH, bulkChangelogs, type IssueChangeLog } from './jira/bulk-changelogs';
import { UserReads, type UserBean } from './user-reads';
import { readDelivery, type ReadyOptions } from './read-delivery';
import type { VersionBean } from './jira/list-project-versions';
import type { Activity } from '../snapshot/activity';

export interface FetchSnapshotOptions {
  projectKey: string;
  boardId?: number;
  sprintId?: number;
  /** Informational: the site the snapshot came from. */
  site?: string;
  /** Requests in flight at once (Jira's limits favour a handful; a 429 pauses them all). */
  concurrency?: number;
  now?: () => Date;
  onProgress?: (message: string) => void;
  /**
   * Keep each issue as the walk reads it, as pages arrive (slim-issue.ts): for the app's
   * background walks, which run in a function's memory. Off by default: a saved snapshot
   * (`focus-walk fetch`) keeps Jira's answers whole.
   */
  slim?: boolean;
  /**
   * With `slim`: move each issue's comments and worklogs into `activity` (the walk's compact
   * form) as its page arrives, leaving the issues' lists empty. For a walk that is not saved;
   * `walkParsed(snapshot, settings, at, activity)` reads them from there.
   */
  compact?: boolean;
  /** With `compact`: comments created before this instant keep no text (the walk reads none of theirs). */
  textsSince?: number;
  /** Issues read so far, of the total (called as bulk fetches land). */
  onIssues?: (read: number, total: number) => void;
  /** Which issues stand in for the next sprint on a board without one (settings `ready`). */
  ready?: ReadyOptions;
}

/** What could not be read; the walk then lists the checks that need it in `skipped`. */
export interface PartialRead {
  part: 'changelogs' | 'upcoming' | 'versions';
  reason: string;
}

/**
 * What the fetch layer read from Jira, in Jira's shapes (snapshot.md): the snapshot without
 * what other sources add (the reading log, a code host's development).
 */
export interface JiraReads {
  version: 1;
  site?: string;
  fetchedAt: string;
  project: ProjectRef;
  sprint: Sprint | null;
  board: {
    id: number;
    name: string;
    /** `scrum`, `simple` (team-managed) or `kanban`, as Jira lists it; null when it did not say. */
    type: string | null;
    columns: Array<{ name: string; statusIds: string[] }>;
  } | null;
  fields: FieldIds;
  issues: IssueBean[];
  changelogs?: IssueChangeLog[];
  users: UserBean[];
  /** Jira's Development-field counts, by issue id. */
  development?: Record<string, { summary: { branches: number; commits: number; pullRequests: number } }>;
  /** The next sprint (or the Ready column) with its issues, and the unreleased versions (checks-delivery.md). */
  upcoming?: { sprint: Sprint | null; issues: IssueBean[] };
  versions?: VersionBean[];
  partial?: PartialRead[];
  /** With `compact`: the issues' comments and worklogs, by issue id (not part of snapshot.md: never saved). */
  activity?: Activity;
}

/**
 * Builds the snapshot of snapshot.md in as few calls as the data allows, read in parallel: a
 * handful of calls for the project, board, sprint and fields; the issue ids by one search per
 * 5,000; then, side by side, the issues with their fields, comments and worklogs by bulk fetch
 * (100 a call) and their changelogs (1,000 issues a call); per-issue calls only where an inline
 * page holds fewer than `total`; users 100 a call (user-reads.ts). At most ceil(N/5000) +
 * ceil(N/100) + ceil(N/1000) + 12 calls for N issues, whose comment and worklog pages are inline.
 * The critical path is the board lookup, the ids pages, then the bulk pages at `concurrency` in
 * flight: the bulk pages start with the first page of ids, the board's configuration is read
 * beside the search, and the changelogs and users (2 calls at a time) beside the bulk pages.
 */
export async function fetchSnapshot(api: Requester, o: FetchSnapshotOptions): Promise<JiraReads> {
  const limit = pLimit(o.concurrency ?? 10);
  // The changelog and user reads (a few calls) beside the bulk pages, not queued behind them.
  const side = pLimit(2);
  const users = new UserReads(api, side);
  const progress = o.onProgress ?? (() => undefined);
  const fetchedAt = (o.now ?? (() => new Date()))().toISOString();

  const [project, siteFields, { board, sprint }] = await Promise.all([
    getProject(api, o.projectKey),
    getFieldIds(api),
    findBoard(api, o.projectKey, {
      ...(o.boardId !== undefined ? { boardId: o.boardId } : {}),
      ...(o.sprintId !== undefined ? { sprintId: o.sprintId } : {}),
    }),
  ]);
  // Off the critical path: the board's configuration (estimation field, columns) is read while
  // the ids search runs; only the bulk pages and the delivery reads wait for it.
  const configurationP = board ? getBoardConfiguration(api, board.id) : Promise.resolve(null);
  // Story points are the board's estimation field, as Jira's own charts count them (a site may
  // carry "Story point estimate" and a legacy "Story Points"); the site-wide lookup without one.
  const fieldIdsP: Promise<FieldIds> = configurationP.then((configuration) =>
    configuration?.estimationField
      ? { ...siteFields, storyPoints: configuration.estimationField, storyPointsFrom: 'board' }
      : siteFields,
  );
  fieldIdsP.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled
  const jql = sprint ? `sprint = ${sprint.id}` : `project = "${project.key}" AND resolution = Unresolved`;
  const where = board ? `board ${board.name} (${board.type ?? 'board'})` : 'no board';
  progress(
    sprint
      ? `walking ${sprint.name} of ${where}`
      : `${where}, no active sprint: walking the unresolved issues of ${project.key}`,
  );

  // The next sprint and the releases, side by side with the walk's own reads.
  const delivery = fieldIdsP.then((fieldIds) =>
    readDelivery(api, {
      projectKey: project.key,
      board: board ? { id: board.id, type: board.type } : null,
      storyPoints: fieldIds.storyPoints,
      ...(o.ready ? { ready: o.ready } : {}),
    }),
  );
  delivery.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled

  const slim = o.slim || o.compact ? new IssueSlimmer({ flattenBodies: true }) : null;
  const activity: Activity | null = o.compact ? new Map() : null;
  const keepHistory = slim ? (h: Record<string, unknown>) => slim.history(h) : undefined;
  const ids: string[] = [];
  let read = 0;
  let firstPage = true;
  const readPage = async (batch: string[]): Promise<IssueBean[]> => {
    const fieldIds = await fieldIdsP;
    const customFields = [fieldIds.storyPoints, fieldIds.flagged, fieldIds.development].filter(
      (f): f is string => f !== null,
    );
    // Slimmed as each issue is read: the page's JSON is never whole in memory.
    let got = await bulkFetchIssues(
      api,
      batch,
      [...BASE_FIELDS, ...customFields],
      slim ? (i) => slim.issue(i) : undefined,
    );
    // Compact: completed and moved to the activity while this page is the only copy.
    if (slim && activity) {
      const complete: IssueBean[] = [];
      for (const i of got) complete.push(slim.compact(await completeIssue(api, i, slim), activity, o.textsSince));
      got = complete;
    }
    if (firstPage) {
      firstPage = false;
      users.ask(got.flatMap((i) => referencedAccounts(i, activity)));
    }
    progress(`${(read += got.length)} of ${ids.length} issues read`);
    o.onIssues?.(read, ids.length);
    return got;
  };
  // The bulk pages (100 issues) and changelog reads (1,000) start as the ids arrive, 5,000 a
  // page: full batches at once, the remainders after the last page, so the calls stay
  // ceil(N/100) and ceil(N/1000) however Jira pages the ids.
  const pagePromises: Array<Promise<IssueBean[]>> = [];
  const logPromises: Array<Promise<IssueChangeLog[]>> = [];
  const waiting = { issues: [] as string[], logs: [] as string[] };
  const dispatch = (last: boolean): void => {
    while (waiting.issues.length >= BULK_FETCH_BATCH || (last && waiting.issues.length > 0)) {
      const batch = waiting.issues.splice(0, BULK_FETCH_BATCH);
      const page = limit(() => readPage(batch));
      page.catch(() => undefined); // awaited below
      pagePromises.push(page);
    }
    while (waiting.logs.length >= CHANGELOG_BATCH || (last && waiting.logs.length > 0)) {
      const batch = waiting.logs.splice(0, CHANGELOG_BATCH);
      const logs = side(() => bulkChangelogs(api, batch, keepHistory));
      logs.catch(() => undefined); // awaited below
      logPromises.push(logs);
    }
  };
  await searchIssueKeys(
    api,
    jql,
    false,
    (n) => progress(`${n} issue ids`),
    (refs) => {
      for (const r of refs) ids.push(r.id);
      waiting.issues.push(...refs.map((r) => r.id));
      waiting.logs.push(...refs.map((r) => r.id));
      dispatch(false);
    },
  );
  dispatch(true);
  o.onIssues?.(read, ids.length);
  const [configuration, fieldIds] = await Promise.all([configurationP, fieldIdsP]);
  const changelogs = Promise.all(logPromises)
    .then((pages) => pages.flat())
    .catch((error: unknown) => {
      if (error instanceof ApiError && (error.status === 401 || error.status === 404)) throw error;
      return {
        part: 'changelogs',
        reason: error instanceof Error ? error.message : String(error),
      } satisfies PartialRead;
    });
  changelogs.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled
  const pages = await Promise.all(pagePromises);
  // In the search's order; an issue deleted between the search and the fetch is left out.
  const byId = new Map(pages.flat().map((i) => [i.id, i]));
  const inOrder = ids.map((id) => byId.get(id)).filter((i): i is IssueBean => i !== undefined);
  // Completed comment and worklog pages may name more people, so users come after them.
  const issues = await Promise.all(inOrder.map((issue) => limit(() => completeIssue(api, issue, slim))));
  users.ask(issues.flatMap((i) => referencedAccounts(i, activity)));
  const [logs, people] = await Promise.all([changelogs, users.all()]);
  progress(`${issues.length} issues, ${people.length} people read`);

  const { upcoming, versions, partial: notRead } = await delivery;
  const partial: PartialRead[] = [...notRead];
  let changelogList: IssueChangeLog[] | undefined;
  if (Array.isArray(logs)) {
    const logsById = new Map(logs.map((l) => [l.issueId, l.changeHistories]));
    changelogList = issues.map((i) => ({ issueId: i.id, changeHistories: logsById.get(i.id) ?? [] }));
  } else {
    partial.push(logs);
  }

  return {
    version: 1 as const,
    ...(o.site ? { site: o.site } : {}),
    fetchedAt,
    project,
    sprint,
    board: board ? { id: board.id, name: board.name, type: board.type, columns: configuration?.columns ?? [] } : null,
    fields: fieldIds,
    issues,
    ...(changelogList ? { changelogs: changelogList } : {}),
    users: people,
    ...(fieldIds.development ? { development: developmentOf(issues, fieldIds.development) } : {}),
    ...(upcoming ? { upcoming } : {}),
    ...(versions ? { versions } : {}),
    ...(partial.length ? { partial } : {}),
    ...(activity ? { activity } : {}),
  };
}

function developmentOf(
  issues: readonly IssueBean[],
  fieldId: string,
): Record<string, { summary: { branches: number; commits: number; pullRequests: number } }> {
  const out: Record<string, { summary: { branches: number; commits: number; pullRequests: number } }> = {};
  for (const issue of issues) {
    const counts = parseDevelopmentField(issue.fields[fieldId]);
    if (counts) out[issue.id] = { summary: counts };
  }
  return out;
}
