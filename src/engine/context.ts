import type { Development, Issue, Snapshot, UserRef } from '../snapshot/schema';
import type { Settings } from '../settings/schema';
import { PatternCache } from '../settings/patterns';
import { adfToText } from '../core/adf';
import { fieldChanges, replay, type HistorySegment } from './history';
import { parseInstant } from '../core/time/instant';
import { WorkingCalendar } from '../core/time/working-calendar';
import { isValidZone, localDate, localDayRange } from '../core/time/zones';
import { deliveryViews, type DeliveryViews } from './delivery-views';

/** A person the walk knows of (users, assignees, authors). */
export interface Person {
  accountId: string;
  displayName: string;
  accountType: string | null;
  active: boolean | null;
  zone: string;
}

/**
 * Every comment of the sprint, column by column: no object per comment (a 20,000-issue sprint
 * holds 400,000 of them, and allocating a view each was the walk's largest cost). A comment is
 * an index; an issue owns the range [commentStart, commentEnd).
 */
export class CommentColumns {
  readonly created: Float64Array;
  readonly authors: Array<string | null>;
  readonly ids: string[];
  readonly bodies: unknown[];
  private readonly texts: Array<string | undefined>;

  constructor(size: number) {
    this.created = new Float64Array(size);
    this.authors = new Array<string | null>(size);
    this.ids = new Array<string>(size);
    this.bodies = new Array<unknown>(size);
    this.texts = new Array<string | undefined>(size);
  }

  /**
   * The trimmed plain text (checks.md), computed on first use: the checks read the text only of
   * comments inside their time windows, so most bodies are never flattened.
   */
  text(i: number): string {
    let t = this.texts[i];
    if (t === undefined) this.texts[i] = t = adfToText(this.bodies[i]).trim();
    return t;
  }
}

/** Every worklog of the sprint, column by column, like the comments. */
export class WorklogColumns {
  readonly started: Float64Array;
  readonly authors: Array<string | null>;

  constructor(size: number) {
    this.started = new Float64Array(size);
    this.authors = new Array<string | null>(size);
  }
}

/** An issue as the checks read it: parsed instants, plain texts, normalised names. */
export interface IssueView {
  id: string;
  key: string;
  summary: string;
  issueType: string; // as Jira names it
  subtask: boolean;
  /** The issue type's hierarchy level (epics 1, standard 0, sub-tasks -1); absent: 0. */
  hierarchyLevel: number;
  /** The parent's key (else id), and its hierarchy level from the parent field or the parent issue itself. */
  parent: { ref: string; level: number | null } | null;
  priority: string | null; // normalised
  priorityName: string | null; // as Jira names it
  status: string; // normalised (trimmed, lower case)
  statusName: string; // as Jira names it
  statusCategory: string;
  assigneeId: string | null;
  created: number;
  /** This issue's comments in ctx.comments: [commentStart, commentEnd). */
  commentStart: number;
  commentEnd: number;
  /** This issue's worklogs in ctx.worklogs: [worklogStart, worklogEnd). */
  worklogStart: number;
  worklogEnd: number;
  labels: string[];
  /** Issues linked inward ("is blocked by" for Blocks), with the link type's normalised name. */
  inwardLinks: InwardLink[];
  fixVersions: number;
  /** The ids of its fix versions (checks-delivery.md `version`). */
  fixVersionIds: string[];
  storyPoints: number | null;
  flagged: boolean;
  development: DevelopmentView | null;
}

export interface InwardLink {
  type: string;
  key: string;
  /** The linked issue's status category, from the link or the sprint's own copy of the issue. */
  category: string | null;
}

/** A changelog entry of the issue links or the Flagged field (blocked since when). */
export interface MarkerChange {
  at: number;
  field: 'link' | 'flagged';
  to: string | null;
  toString: string | null;
}

/** Jira's flag is the option "Impediment"; its changelog and its field both name it. */
export const namesImpediment = (text: string | null | undefined): boolean =>
  typeof text === 'string' && text.includes('Impediment');

/** An issue's linked code with every list present. */
export interface DevelopmentView {
  branches: NonNullable<Development['branches']>;
  commits: NonNullable<Development['commits']>;
  pullRequests: NonNullable<Development['pullRequests']>;
  summary: Development['summary'];
}

export const normalizeName = (name: string): string => name.trim().toLowerCase();
const nameSet = (names: readonly string[]): ReadonlySet<string> => new Set(names.map(normalizeName));

type Histories = NonNullable<Snapshot['changelogs']>[number]['changeHistories'];

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Everything a check reads, computed once per walk. Checks never read the raw snapshot shapes. */
export class WalkContext {
  readonly calendar: WorkingCalendar;
  readonly issues: readonly IssueView[];
  readonly issueByKey = new Map<string, IssueView>();
  readonly members: readonly Person[];
  readonly focusStatuses: ReadonlySet<string>;
  readonly reviewStatuses: ReadonlySet<string>;
  readonly codeStatuses: ReadonlySet<string>;
  readonly deployStatuses: ReadonlySet<string>;
  readonly patterns: Readonly<Record<'focusIn' | 'focusOut' | 'blocker' | 'branch' | 'commit', PatternCache>>;
  readonly hasChangelogs: boolean;
  readonly hasDevelopment: boolean;
  readonly hasReadingLog: boolean;
  /** The next sprint, the unreleased versions and the risk register (null when not in the snapshot). */
  readonly delivery: DeliveryViews;
  /** Every comment of the sprint, by index (see CommentColumns). */
  readonly comments: CommentColumns;
  readonly worklogs: WorklogColumns;
  private commentCursor = 0;
  private worklogCursor = 0;

  private readonly people = new Map<string, Person>();
  private readonly memberIds: ReadonlySet<string>;
  private readonly changelogs = new Map<string, ReturnType<typeof fieldChanges>>();
  private readonly markers = new Map<string, MarkerChange[]>();
  private readonly minutesRead = new Map<string, number>();
  /** The sprint's start, when the snapshot names a sprint with one. */
  readonly sprintStart: number | null;
  private readonly segmentsCache = new Map<string, HistorySegment[]>();

  constructor(
    private readonly snapshot: Snapshot,
    readonly settings: Settings,
    readonly at: number,
  ) {
    this.calendar = new WorkingCalendar(settings.workingDays, settings.holidays);
    this.focusStatuses = nameSet(settings.focusStatuses);
    this.reviewStatuses = nameSet(settings.reviewStatuses);
    this.codeStatuses = nameSet(settings.codeStatuses);
    this.deployStatuses = nameSet(settings.deployStatuses);
    this.patterns = {
      focusIn: new PatternCache(settings.focusInPattern),
      focusOut: new PatternCache(settings.focusOutPattern),
      blocker: new PatternCache(settings.blockerPattern),
      branch: new PatternCache(settings.branchPattern),
      commit: new PatternCache(settings.commitPattern),
    };
    this.hasChangelogs = snapshot.changelogs !== undefined;
    this.hasDevelopment = snapshot.development !== undefined;
    this.hasReadingLog = snapshot.readingLog !== undefined;
    this.delivery = deliveryViews(snapshot);

    for (const user of snapshot.users ?? []) this.addPerson(user, true);
    // Issues in a canonical order, so that shuffled input gives the same report.
    const raw = [...snapshot.issues].sort((a, b) => byString(a.key, b.key) || byString(a.id, b.id));
    if (snapshot.changelogs) {
      for (const log of snapshot.changelogs) {
        const changes = fieldChanges(log.changeHistories);
        this.markers.set(log.issueId, [
          ...(this.markers.get(log.issueId) ?? []),
          ...markerChanges(log.changeHistories),
        ]);
        const seen = this.changelogs.get(log.issueId);
        this.changelogs.set(log.issueId, seen ? [...seen, ...changes].sort((a, b) => a.at - b.at) : changes);
      }
    }
    this.sprintStart = snapshot.sprint?.startDate ? parseInstant(snapshot.sprint.startDate) : null;
    for (const entry of snapshot.readingLog ?? []) {
      const key = `${entry.accountId}|${entry.date}`;
      this.minutesRead.set(key, (this.minutesRead.get(key) ?? 0) + entry.minutes);
    }
    this.comments = new CommentColumns(raw.reduce((n, i) => n + i.fields.comment.comments.length, 0));
    this.worklogs = new WorklogColumns(raw.reduce((n, i) => n + i.fields.worklog.worklogs.length, 0));
    this.issues = raw.map((issue) => this.view(issue));
    for (const issue of this.issues) if (!this.issueByKey.has(issue.key)) this.issueByKey.set(issue.key, issue);
    // Second pass: what an issue reads of another issue of the sprint.
    for (const issue of this.issues) {
      if (issue.parent && issue.parent.level === null)
        issue.parent.level = this.issueByKey.get(issue.parent.ref)?.hierarchyLevel ?? null;
      for (const link of issue.inwardLinks) link.category ??= this.issueByKey.get(link.key)?.statusCategory ?? null;
    }
    this.members = this.findMembers();
    this.memberIds = new Set(this.members.map((m) => m.accountId));
  }

  private readonly memos = new Map<string, unknown>();

  /** Computes an index once per walk, for the checks that share it. */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  /** Apps (automation, bots) neither ask nor answer questions. */
  isApp(accountId: string | null): boolean {
    return accountId !== null && this.people.get(accountId)?.accountType === 'app';
  }

  isMember(accountId: string | null): boolean {
    return accountId !== null && this.memberIds.has(accountId);
  }

  person(accountId: string): Person | undefined {
    return this.people.get(accountId);
  }

  name(accountId: string | null): string {
    if (accountId === null) return 'Unassigned';
    return this.people.get(accountId)?.displayName ?? accountId;
  }

  /** tz(u): the user's valid IANA zone, else settings.timezone (also for nobody). */
  zone(accountId: string | null): string {
    return (accountId !== null && this.people.get(accountId)?.zone) || this.settings.timezone;
  }

  localDate(ms: number, accountId: string | null): string {
    return localDate(ms, this.zone(accountId));
  }

  today(accountId: string | null): string {
    return localDate(this.at, this.zone(accountId));
  }

  prevWorkingDay(accountId: string | null): string | null {
    return this.calendar.prevWorkingDay(this.today(accountId));
  }

  dayRange(date: string, accountId: string | null): [number, number] {
    return localDayRange(date, this.zone(accountId));
  }

  /** Issues assigned to a member whose status is a focus status. */
  activeIssues(accountId: string): IssueView[] {
    return this.issues.filter((i) => i.assigneeId === accountId && this.focusStatuses.has(i.status));
  }

  isActive(issue: IssueView): boolean {
    return this.isMember(issue.assigneeId) && this.focusStatuses.has(issue.status);
  }

  /** Status changes of the issue's changelog, oldest first (empty when none or no changelogs). */
  statusChanges(issue: IssueView): ReturnType<typeof fieldChanges> {
    return (this.changelogs.get(issue.id) ?? []).filter((c) => c.field === 'status');
  }

  /** The issue's (status, assignee) history from creation; statuses normalised. */
  segments(issue: IssueView): HistorySegment[] {
    let segments = this.segmentsCache.get(issue.id);
    if (!segments) {
      segments = replay(
        issue.created,
        { status: issue.status, assignee: issue.assigneeId },
        this.changelogs.get(issue.id) ?? [],
      ).map((s) => ({ ...s, status: normalizeName(s.status) }));
      this.segmentsCache.set(issue.id, segments);
    }
    return segments;
  }

  /** Changelog entries of the issue's links and flag (empty when none or no changelogs). */
  markerChanges(issue: IssueView): readonly MarkerChange[] {
    return this.markers.get(issue.id) ?? [];
  }

  /** Minutes a person logged in the reading log on a local day (0 when none). */
  readingMinutes(accountId: string, day: string | null): number {
    return day === null ? 0 : (this.minutesRead.get(`${accountId}|${day}`) ?? 0);
  }

  private addPerson(user: UserRef, authoritative: boolean): void {
    const known = this.people.get(user.accountId);
    if (known && !authoritative) return;
    this.people.set(user.accountId, {
      accountId: user.accountId,
      displayName: user.displayName ?? known?.displayName ?? user.accountId,
      accountType: user.accountType ?? known?.accountType ?? null,
      active: user.active ?? known?.active ?? null,
      zone: isValidZone(user.timeZone) ? user.timeZone : this.settings.timezone,
    });
  }

  private findMembers(): Person[] {
    if (this.settings.members.length > 0) {
      return [...new Set(this.settings.members)].map(
        (id) =>
          this.people.get(id) ?? {
            accountId: id,
            displayName: id,
            accountType: null,
            active: null,
            zone: this.settings.timezone,
          },
      );
    }
    const members = new Map<string, Person>();
    for (const issue of this.issues) {
      const person = issue.assigneeId ? this.people.get(issue.assigneeId) : undefined;
      // Apps and deactivated users are never members.
      if (person && person.active === true && person.accountType === 'atlassian') members.set(person.accountId, person);
    }
    return [...members.values()].sort(
      (a, b) => byString(a.displayName, b.displayName) || byString(a.accountId, b.accountId),
    );
  }

  private view(issue: Issue): IssueView {
    const f = issue.fields;
    const fields = f as Record<string, unknown>;
    const ids = this.snapshot.fields;
    const points = ids?.storyPoints ? fields[ids.storyPoints] : undefined;
    const flag = ids?.flagged ? fields[ids.flagged] : undefined;
    const dev = this.snapshot.development?.[issue.id];
    // People named by the issue (for names and zones), in the same pass as its comments and worklogs.
    if (f.assignee) this.addPerson(f.assignee, false);
    const commentStart = this.commentCursor;
    for (const c of f.comment.comments) {
      if (c.author) this.addPerson(c.author, false);
      const i = this.commentCursor++;
      this.comments.ids[i] = c.id;
      this.comments.authors[i] = c.author?.accountId ?? null;
      this.comments.created[i] = parseInstant(c.created);
      this.comments.bodies[i] = c.body;
    }
    const worklogStart = this.worklogCursor;
    for (const w of f.worklog.worklogs) {
      if (w.author) this.addPerson(w.author, false);
      const i = this.worklogCursor++;
      this.worklogs.authors[i] = w.author?.accountId ?? null;
      this.worklogs.started[i] = parseInstant(w.started);
    }
    const parentRef = f.parent ? (f.parent.key ?? f.parent.id ?? '') : null;
    return {
      id: issue.id,
      key: issue.key,
      summary: f.summary ?? '',
      issueType: f.issuetype.name,
      subtask: f.issuetype.subtask ?? false,
      hierarchyLevel: f.issuetype.hierarchyLevel ?? 0,
      parent:
        parentRef === null ? null : { ref: parentRef, level: f.parent?.fields?.issuetype?.hierarchyLevel ?? null },
      priority: f.priority?.name ? normalizeName(f.priority.name) : null,
      priorityName: f.priority?.name ?? null,
      status: normalizeName(f.status.name),
      statusName: f.status.name,
      statusCategory: f.status.statusCategory.key,
      assigneeId: f.assignee?.accountId ?? null,
      created: parseInstant(f.created),
      commentStart,
      commentEnd: this.commentCursor,
      worklogStart,
      worklogEnd: this.worklogCursor,
      labels: f.labels ?? [],
      inwardLinks: (f.issuelinks ?? []).flatMap((l) =>
        l.inwardIssue
          ? [
              {
                type: normalizeName(l.type.name),
                key: l.inwardIssue.key,
                category: l.inwardIssue.fields?.status?.statusCategory?.key ?? null,
              },
            ]
          : [],
      ),
      fixVersions: f.fixVersions?.length ?? 0,
      fixVersionIds: (f.fixVersions ?? []).flatMap((v) => (v.id ? [v.id] : [])),
      storyPoints: typeof points === 'number' ? points : null,
      flagged: Array.isArray(flag) && flag.some(isImpediment),
      development: dev
        ? {
            branches: dev.branches ?? [],
            commits: dev.commits ?? [],
            pullRequests: dev.pullRequests ?? [],
            summary: dev.summary,
          }
        : null,
    };
  }
}

/** A flag option (`{ value: "Impediment" }`) or a plain string naming Impediment. */
function isImpediment(option: unknown): boolean {
  if (typeof option === 'string') return namesImpediment(option);
  if (option && typeof option === 'object') {
    const value = (option as { value?: unknown }).value;
    return typeof value === 'string' && namesImpediment(value);
  }
  return false;
}

/** The link and Flagged entries of an issue's changelog, parsed once. */
function markerChanges(histories: Histories): MarkerChange[] {
  const out: MarkerChange[] = [];
  for (const history of histories) {
    const at = parseInstant(history.created);
    for (const item of history.items) {
      const field = normalizeName(item.field);
      if (field === 'link' || field === 'flagged')
        out.push({ at, field, to: item.to ?? null, toString: item.toString ?? null });
    }
  }
  return out;
}
