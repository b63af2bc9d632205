import { formatDevelopmentField } from '../../src/fetch/development-summary';

/** A data set in snapshot form (snapshot.md): what the local site serves. */
export type SiteData = Record<string, unknown> & {
  project: { id: string; key: string; name?: string };
  sprint?: (Record<string, unknown> & { id: number; name: string; state?: string }) | null;
  /** The board's closed sprints (oldest first); their issues carry the Sprint field. */
  closedSprints?: Array<Record<string, unknown> & { id: number; name: string; state: 'closed' }>;
  board?: {
    id: number;
    name?: string;
    /** `scrum` (the default), `simple` (a team-managed project's board) or `kanban` (no sprints). */
    type?: 'scrum' | 'simple' | 'kanban';
    /** The field the board estimates with (default `fields.storyPoints`). */
    estimationField?: string;
    columns?: Array<{ name: string; statusIds?: string[] }>;
  } | null;
  fields?: {
    storyPoints?: string | null;
    flagged?: string | null;
    development?: string | null;
    /** Always customfield_10020 on this site, as on Jira Software Cloud's (see jira-fields.ts). */
    sprint?: string | null;
    /** A company-managed site's legacy "Story Points" number field, beside "Story point estimate". */
    legacyStoryPoints?: string | null;
  };
  issues: Array<Record<string, unknown> & { id: string; key: string; fields: Record<string, unknown> }>;
  changelogs?: Array<{ issueId: string; changeHistories: unknown[] }>;
  users?: Array<Record<string, unknown> & { accountId: string }>;
  development?: Record<
    string,
    {
      branches?: unknown[];
      commits?: unknown[];
      pullRequests?: unknown[];
      summary?: { branches?: number; commits?: number; pullRequests?: number };
    }
  >;
};

/**
 * What Jira itself can tell of a snapshot: linked code only as the Development field's summary
 * counts (the branch, commit and pull-request lists come from code hosts, not from Jira), and
 * no reading log (that lives in the Confluence macro's storage). Fetching from a site that
 * serves this data set gives this data set back.
 */
export function toSiteDataSet(snapshot: SiteData): SiteData {
  const devField = snapshot.fields?.development ?? null;
  const data = structuredClone(snapshot);
  delete data.readingLog;
  delete data.development;
  delete data.risks; // the register lives in the app's storage, not in Jira
  if (!devField) return data;
  const development: NonNullable<SiteData['development']> = {};
  for (const issue of data.issues) {
    const dev = snapshot.development?.[issue.id];
    const counts = {
      branches: Math.max(dev?.branches?.length ?? 0, dev?.summary?.branches ?? 0),
      commits: Math.max(dev?.commits?.length ?? 0, dev?.summary?.commits ?? 0),
      pullRequests: Math.max(dev?.pullRequests?.length ?? 0, dev?.summary?.pullRequests ?? 0),
    };
    issue.fields[devField] = formatDevelopmentField(counts);
    development[issue.id] = { summary: counts };
  }
  data.development = development;
  return data;
}

const INDEXES = new WeakMap<SiteData['issues'], Map<string, SiteData['issues'][number]>>();

/** The served issues by id and by key (built once per data set: bulk reads ask for thousands). */
export function issueIndex(data: SiteData): Map<string, SiteData['issues'][number]> {
  let index = INDEXES.get(data.issues);
  if (!index) {
    index = new Map();
    for (const issue of data.issues) {
      index.set(issue.id, issue);
      index.set(issue.key, issue);
    }
    INDEXES.set(data.issues, index);
  }
  return index;
}
