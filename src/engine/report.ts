import type { CheckId } from '../core/check-ids';
import type { Finding } from './finding';

export type MemberStatus = 'red' | 'amber' | 'green';

export interface MemberSummary {
  accountId: string;
  displayName: string;
  timeZone: string;
  today: string;
  prevWorkingDay: string | null;
  activeIssues: string[];
  /** Set when a stored walk keeps only the first of many active issues (app/records/fitted-meta.ts): how many in all. */
  activeTotal?: number;
  /** Story points of open sprint issues (1 for an issue without), as the workload check counts them. */
  load: number;
  openIssues: number;
  /** Reading minutes logged today and on the previous working day; null without a reading log. */
  reading: { today: number; previous: number } | null;
  status: MemberStatus;
  counts: { error: number; warning: number; info: number };
}

export interface SkippedCheck {
  check: CheckId;
  reason: string;
  /** Only these codes were not evaluated; absent: the whole check. */
  codes?: string[];
}

/**
 * How ready the next sprint is (checks-delivery.md `ready`): the share (0-100, rounded down) of
 * the checked upcoming issues with no `ready` finding; no issue checked: 100.
 */
export interface Readiness {
  share: number;
  /** The upcoming sprint's name; null when the Ready column stood in for a sprint. */
  sprint: string | null;
  checked: number;
  ready: number;
}

/** The walk's report: what every surface shows. */
export interface Report {
  at: string;
  project: { id: string; key: string; name: string | null };
  sprint: { id: number; name: string; state: string | null; startDate: string | null; endDate: string | null } | null;
  score: number;
  members: MemberSummary[];
  findings: Finding[];
  skipped: SkippedCheck[];
  /** Only when the snapshot has `upcoming` and `ready` ran: cli.md's keys stay exactly as they are otherwise. */
  readiness?: Readiness;
}
