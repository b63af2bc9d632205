import type { CheckId } from '../../core/check-ids';
import type { Finding, Severity } from '../../engine/finding';

/** The Findings tab's columns the server sorts by. */
export type FindingsSortKey = 'severity' | 'check' | 'issue' | 'member' | 'day';
export const FINDINGS_SORT_KEYS: readonly FindingsSortKey[] = ['severity', 'check', 'issue', 'member', 'day'];
export const FINDINGS_GROUPINGS = ['none', 'check', 'member', 'issue'] as const;
/** The Member filter's two choices that are not a member. */
export const UNASSIGNED = '~unassigned';
export const OUTSIDE = '~outside';
/** A page of rows is at most this many (a CSV export reads the matched rows this many a call). */
export const FINDINGS_MAX_LIMIT = 5000;

/** What the Findings tab asks for: filters, grouping, sort and the rows' window. */
export interface FindingsQuery {
  /** A past day's walk (`YYYY-MM-DD`), as getWalk takes it; absent: today's, else the latest. */
  day?: string;
  check?: CheckId;
  severity?: Severity;
  /** A member's account id, UNASSIGNED or OUTSIDE. */
  member?: string;
  group?: (typeof FINDINGS_GROUPINGS)[number];
  /** With `group`: the group whose rows to answer; absent, the answer has the groups and no rows. */
  groupKey?: string;
  sort?: { key: FindingsSortKey; order: 'ASC' | 'DESC' };
  offset?: number;
  /** Rows to answer, 50 unless told (at most FINDINGS_MAX_LIMIT). */
  limit?: number;
}

export interface FindingsGroup {
  /** What the query's groupKey names: a check id, an account id (or UNASSIGNED/OUTSIDE), an issue key (or ''). */
  key: string;
  /** As the tab shows it: a member's name, an issue key, "No issue". Checks are named by the UI. */
  label: string;
  count: number;
  error: number;
  warning: number;
  info: number;
}

/** One answer of the Findings tab, from the stored walk, cut to what the viewer may see. */
export interface FindingsPage {
  /** The walk's instant (null: no walk stored yet). */
  at: string | null;
  /**
   * The walk's findings the viewer sees, and each check's count (the Check filter's choices):
   * null when the answer read only some checks' parts (a check filter, a check's group).
   */
  total: number | null;
  checks: Array<{ check: CheckId; count: number }> | null;
  /** The findings matching the filters. */
  matched: number;
  /** With `group` and no `groupKey`: the groups, largest first. */
  groups: FindingsGroup[] | null;
  /** The rows asked for, sorted: of the group when `groupKey`, else of the matched findings. */
  rows: Finding[];
  /** How many rows the window pages through (the group's or the matched count). */
  rowsTotal: number;
  offset: number;
}

export interface FindingsResolvers {
  getFindings: { payload: FindingsQuery; response: FindingsPage };
}
