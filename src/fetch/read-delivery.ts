import { ApiError, type Requester } from './requester';
import { getFutureSprint } from './jira/get-future-sprint';
import { listProjectVersions, type VersionBean } from './jira/list-project-versions';
import { UPCOMING_FIELDS, searchUpcoming } from './jira/search-upcoming';
import type { Sprint } from './jira/get-active-sprint';
import type { IssueBean } from './jira/search-issues';

/** Which issues stand in for the next sprint when the board has none (settings `ready`). */
export interface ReadyOptions {
  statuses: string[];
  maxIssues: number;
}

export const DEFAULT_READY: ReadyOptions = { statuses: ['Ready'], maxIssues: 200 };

export interface DeliveryReads {
  upcoming?: { sprint: Sprint | null; issues: IssueBean[] };
  versions?: VersionBean[];
  /** Parts that could not be read: left out, so the walk skips their checks instead of reporting on nothing. */
  partial: Array<{ part: 'upcoming' | 'versions'; reason: string }>;
}

const quoted = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * The next sprint's issues (or the Ready column's) and the project's unreleased versions
 * (checks-delivery.md): at most 3 calls more than the walk, plus one per 100 upcoming issues.
 */
export async function readDelivery(
  api: Requester,
  o: {
    projectKey: string;
    board: { id: number; type: string | null } | null;
    storyPoints: string | null;
    ready?: ReadyOptions;
  },
): Promise<DeliveryReads> {
  const ready = o.ready ?? DEFAULT_READY;
  const partial: DeliveryReads['partial'] = [];
  const guarded = async <T>(part: 'upcoming' | 'versions', read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      // A refused token fails the walk as every other read does; anything else leaves the part out.
      if (error instanceof ApiError && error.status === 401) throw error;
      partial.push({ part, reason: error instanceof Error ? error.message : String(error) });
      return undefined;
    }
  };
  const [upcoming, versions] = await Promise.all([
    guarded('upcoming', async () => {
      // Kanban boards have no sprints: Jira answers 400, so they are not asked.
      const sprint = o.board && o.board.type !== 'kanban' ? await getFutureSprint(api, o.board.id) : null;
      const fields = [...UPCOMING_FIELDS, ...(o.storyPoints ? [o.storyPoints] : [])];
      if (!sprint && ready.statuses.length === 0) return { sprint: null, issues: [] };
      const jql = sprint
        ? `sprint = ${sprint.id} ORDER BY Rank ASC`
        : `project = ${quoted(o.projectKey)} AND status in (${ready.statuses.map(quoted).join(', ')}) ORDER BY Rank ASC`;
      return {
        sprint,
        issues: await searchUpcoming(api, jql, fields, sprint ? Number.MAX_SAFE_INTEGER : ready.maxIssues),
      };
    }),
    guarded('versions', () => listProjectVersions(api, o.projectKey)),
  ]);
  return { ...(upcoming ? { upcoming } : {}), ...(versions ? { versions } : {}), partial };
}
