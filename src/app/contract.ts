/**
 * The contract between the Custom UI apps (static/) and the resolvers: keys, payloads and
 * responses. The UI's one door into src/: it imports only types, and only from here (lint).
 */
import type { CheckId } from '../core/check-ids';
import type { ErrorCode } from '../core/errors';
import type { Finding } from '../engine/finding';
import type { MemberSummary, Report } from '../engine/report';
import type { SprintReport } from '../reporting/sprint-report';
import type { ChecklistItem } from '../settings/checklist';
import type { Settings, SettingsInput } from '../settings/schema';
import type { PeopleResolvers } from './people/people-contract';
import type { RiskResolvers } from './risks/risk-contract';
import type { IssueFindingsView } from './walks/issue-contract';
import type { StandupResolvers } from './walks/standup-contract';
import type { FindingsResolvers } from './walks/findings-contract';
import type { GadgetResolvers } from './gadget/gadget-contract';
import type { MemberWorst } from './records/member-worst';
import type { ReadingView, TeamReadingView } from './reading/reading-contract';

export type { CheckId, ErrorCode, SprintReport };
export type { Finding, Severity } from '../engine/finding';
export type { NudgeCode } from '../settings/schema';
export type { MemberStatus, MemberSummary, Report } from '../engine/report';
export type { RiskChange, RiskPage, RiskResolvers, RiskSort, RiskView, SuggestedRisk } from './risks/risk-contract';
export type { PersonChoice, PeopleResolvers } from './people/people-contract';
export type { IssueFindingsView } from './walks/issue-contract';
export type { FindingsGroup, FindingsPage, FindingsQuery, FindingsSortKey } from './walks/findings-contract';
export type { MemberWorst } from './records/member-worst';
export type { GadgetConfig, GadgetPart, GadgetView } from './gadget/gadget-contract';
export type { ReadingItem, ReadingView, TeamReadingView } from './reading/reading-contract';
export type { StandupMember, StandupNote, StandupView } from './walks/standup-contract';
export type { NextSprintSummary, ReleaseSummary } from '../reporting/delivery-report';
export type { Burndown, BurndownPoint, ScopeChange } from '../reporting/burndown';

/** Every resolver answers with this one shape. */
export type Result<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: {
        code: ErrorCode;
        message: string;
        field?: string;
        /** Every bad field at once (settings, payloads), each in plain words. */
        problems?: Array<{ field: string; message: string }>;
      };
    };

export interface ChecklistEntry extends ChecklistItem {
  /** The checks that judge the item (empty: a hand item). */
  checks: CheckId[];
  /** `2026-11-19` for daily items, `2026-W47` for weekly ones. */
  period: string;
  /** Ticked by the walk: every check of `checks` ran and found nothing. */
  auto: boolean;
  /** Checks of the item with findings (why the walk did not tick it). */
  failing: CheckId[];
  /** Checks of the item that were disabled or skipped: the walk cannot vouch for them. */
  unjudged: CheckId[];
  /** The hand tick when there is one, else the walk's. */
  ticked: boolean;
  /** The latest hand tick or untick, and its note. */
  by?: { accountId: string; displayName: string };
  at?: string;
  note?: string;
}

export interface HistoryPoint {
  date: string;
  score: number;
  errors: number;
  warnings: number;
  info: number;
}

/** A day's stored figures (the Trend's points, and the index of the day's stored walk). */
export interface DaySummary extends HistoryPoint {
  layout: number;
  /** The instant of the walk. */
  at: string;
  byCheck: Partial<Record<Finding['check'], { error: number; warning: number; info: number }>>;
  members: Array<{ accountId: string; status: MemberSummary['status'] }>;
  /** Where the day's report is stored: its walk id and how many parts its findings take. */
  walkId: string;
  parts: number;
  /** Each check's first and last part (walks stored since issue 26): the page reads only the parts it shows. */
  checkParts?: Partial<Record<string, [number, number]>>;
}

/** A project's background walk: queued by Refresh or the daily trigger, run on Forge's queue. */
export interface WalkRunView {
  walkId: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  reason: 'refresh' | 'daily' | 'hourly';
  /**
   * Set on the answer to a Refresh that found a walk finished in the last few minutes: that
   * walk is the latest, and no new one was started (a walk reads the whole project as the app).
   */
  reused?: boolean;
  /** The project's day the walk is for. */
  day: string;
  requestedAt: string;
  startedAt?: string;
  finishedAt?: string;
  /** Issues read so far, of `total` (null until the issue ids are known). */
  read: number;
  total: number | null;
  /** 1 for the first run, 2-4 for the queue's retries. */
  attempt: number;
  /** Why the walk failed (after the retries), or why the last attempt did. */
  error?: string;
  /** A queued or running walk is taken as lost after this instant; Refresh may then start another. */
  expiresAt: string;
}

export interface WalkView {
  /**
   * The stored walk shown; null before the project's first walk. Its `findings` hold only the
   * checks the page's tabs list at once (PAGE_CHECKS: blockers, workload); the Findings tab pages
   * every finding from the server (getFindings), so a walk of any size opens in one small read.
   */
  report: Report | null;
  /** The walk's findings counted, every check (as the score counts them). */
  findingCounts: { total: number; byCheck: DaySummary['byCheck'] };
  /** The Team tab's cells: each member's worst severity per scored check (absent: none). */
  memberWorst: MemberWorst;
  /** The TPM's day (settings.timezone) the checklist periods refer to. */
  day: string;
  refreshedAt: string;
  fromHistory: boolean;
  checklist: ChecklistEntry[];
  history: HistoryPoint[];
  /** Jira's base URL for issue links, when known. */
  siteUrl: string | null;
  /** The project's latest background walk, running or finished. */
  run: WalkRunView | null;
  /**
   * Whether the viewer is a TPM (digest recipient) or a project administrator: Nudge, Escalate
   * and the checklist's ticks are theirs; a member sees none of those controls.
   */
  canAct: boolean;
  /** Each member's reading minutes of their today, from the reading log at this moment. */
  readingNow: Record<string, number>;
  /** Open sprint work nobody holds (points as the workload check counts them); null before a walk kept it. */
  unassigned: { points: number; issues: number } | null;
  /** The member-level checks the score counts: the Team tab's columns. */
  scoredChecks: CheckId[];
  /** settings.workload.overloadFactor: the Workload chart's line. */
  overloadFactor: number;
  /** Minutes since the shown walk was made (null without one). */
  ageMinutes: number | null;
}

/** A person as the page shows them. */
export interface PersonRef {
  accountId: string;
  displayName: string;
}

/** One thing the app sent: a nudge to a member, the TPMs' digest, an escalation comment. */
export interface SentRecord {
  id: string;
  kind: 'nudge' | 'digest' | 'escalation';
  /** The project's day it belongs to. */
  day: string;
  at: string;
  /** The TPM who sent it; null: the app, on its hourly trigger or after a walk. */
  by: PersonRef | null;
  to: PersonRef[];
  issueKey: string | null;
  /** What it said, in a line. */
  what: string;
  /** The finding code a nudge is about (`focus-in/missing`), or an escalation's level. */
  code?: string;
  level?: number;
}

/** A week's status report page in Confluence. */
export interface PublishedPage {
  week: string;
  pageId: string;
  title: string;
  spaceKey: string;
  /** The page in Confluence's UI; null when Confluence did not say. */
  url: string | null;
  version: number;
  at: string;
  /** Who published it last; null: the weekly trigger. */
  by: PersonRef | null;
}

/** The Sprint tab: the latest walk's sprint progress and the report pages. */
export interface SprintView {
  report: SprintReport | null;
  pages: PublishedPage[];
  /** The space the status report goes to (Settings), or null: Publish is off. */
  space: string | null;
  canPublish: boolean;
}

export interface SentView {
  /** Newest first, the last 90 days: a TPM reads all, a member what was sent to or by them. */
  items: SentRecord[];
  /** The next (older) page, or null at the end. */
  nextCursor: string | null;
}

/** What one nudge request did, per finding code. */
export interface NudgeOutcome {
  code: string;
  outcome: 'sent' | 'already' | 'not-due' | 'failed';
  reason?: string;
}

/** A worklog posted from the issue panel, and the day's total it makes. */
export interface LoggedWork {
  worklogId: string;
  /** The local day of `started`, in the user's zone. */
  day: string;
  /** The user's minutes on this issue that day, as Jira now has them. */
  dayMinutes: number;
}

export interface SettingsView {
  settings: SettingsInput;
  effective: Settings;
  canEdit: boolean;
  /** The revision read: a save sends it back, and is refused (CONFLICT) when someone saved since. */
  revision: number;
  /** What each preset sets (status lists, checklist): the form shows a preset's lists as soon as it is picked. */
  presets: Record<string, Record<string, unknown>>;
}

export interface Resolvers
  extends RiskResolvers, PeopleResolvers, StandupResolvers, FindingsResolvers, GadgetResolvers {
  getWalk: { payload: { day?: string }; response: WalkView };
  startWalk: { payload: Record<string, never>; response: WalkRunView };
  getWalkRun: { payload: Record<string, never>; response: WalkRunView | null };
  getSettings: { payload: Record<string, never>; response: SettingsView };
  saveSettings: { payload: { settings: unknown; revision?: number }; response: SettingsView };
  tick: { payload: { itemId: string; ticked: boolean; note?: string }; response: ChecklistEntry[] };
  getIssueFindings: { payload: Record<string, never>; response: IssueFindingsView };
  postFocusComment: { payload: { kind: 'in' | 'out'; text: string }; response: { commentId: string } };
  logWork: { payload: { timeSpent: string; started: string; comment?: string }; response: LoggedWork };
  getReading: { payload: Record<string, never>; response: ReadingView };
  markRead: { payload: { pageId: string; read: boolean }; response: { pageId: string; read: boolean } };
  logReading: { payload: { minutes: number; pageIds?: string[] }; response: ReadingView['today'] };
  getTeamReading: { payload: Record<string, never>; response: TeamReadingView };
  getCodeHost: { payload: Record<string, never>; response: CodeHostView };
  getSent: { payload: { cursor?: string; limit?: number }; response: SentView };
  nudge: { payload: { accountId: string; code?: string }; response: NudgeOutcome[] };
  /** `already`: the level was escalated before (the record is that one); repeat with `again`. */
  escalate: { payload: { issueKey: string; again?: string }; response: SentRecord & { outcome: 'sent' | 'already' } };
  getSprint: { payload: Record<string, never>; response: SprintView };
  publishReport: { payload: Record<string, never>; response: PublishedPage };
  saveCodeHost: {
    payload: { provider: 'github' | 'bitbucket' | 'none'; repositories: string[]; token?: string };
    response: CodeHostView;
  };
}

export type ResolverKey = keyof Resolvers;

export interface CodeHostView {
  provider: 'github' | 'bitbucket' | null;
  repositories: string[];
  /** ok: read on the last walk; reconnect: the token was refused; error: the host failed; unread: not walked yet. */
  status: 'none' | 'unread' | 'ok' | 'reconnect' | 'error';
  message?: string;
  lastReadAt?: string;
  canEdit: boolean;
}
