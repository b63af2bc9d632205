import type { Issue, Snapshot } from '../snapshot/schema';
import type { Activity } from '../snapshot/activity';
import type { Settings } from '../settings/schema';
import { PatternCache } from '../settings/patterns';
import {
  fieldChanges,
  markerChanges,
  replay,
  type FieldChange,
  type HistorySegment,
  type MarkerChange,
} from './history';
import { parseInstant } from '../core/time/instant';
import { WorkingCalendar } from '../core/time/working-calendar';
import { localDate, localDayRange } from '../core/time/zones';
import { deliveryViews, type DeliveryViews } from './delivery-views';
import { CommentColumns, WorklogColumns } from './columns';
import {
  issueView,
  normalizeName,
  SharedStrings,
  type InwardLink,
  type IssueView,
  type IssueViewSink,
} from './issue-view';
import { packed } from './packed-strings';
import { People, type Person } from './people';
import { scanIssues } from './issue-scan';
import { changelogsById } from './changelog-index';
import type { LazyChecks } from '../snapshot/parse-snapshot';
import { textsReadSince } from './text-window';

const nameSet = (names: readonly string[]): ReadonlySet<string> => new Set(names.map(normalizeName));
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

  private readonly people: People;
  private readonly memberIds: ReadonlySet<string>;
  private readonly minutesRead = new Map<string, number>();
  /** The sprint's start, when the snapshot names a sprint with one. */
  readonly sprintStart: number | null;
  private readonly segmentsCache = new Map<IssueView, HistorySegment[]>();
  private readonly changesCache = new Map<IssueView, readonly FieldChange[]>();
  private readonly markersCache = new Map<IssueView, readonly MarkerChange[]>();
  private readonly strings = new SharedStrings();
  private readonly dayRanges = new Map<string, Map<string, readonly [number, number]>>();

  constructor(
    snapshot: Snapshot,
    readonly settings: Settings,
    readonly at: number,
    /** A background walk's comments and worklogs in compact form (snapshot/activity.ts). */
    activity?: Activity,
    /** Validates issue i or changelog entry k before it is read, when the snapshot's are not yet (parseSnapshotLazily). */
    lazy?: LazyChecks,
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
    this.people = new People(settings);
    for (const user of snapshot.users ?? []) this.people.add(user, true);
    // Issues in a canonical order (key, then id), so that shuffled input gives the same report.
    const raw = snapshot.issues;
    // One pass over the issues before the views, in memory order: each one's key and id (packed,
    // packed-strings.ts: the views, the sort, the index by key and the findings hold the copies)
    // and its rows in the columns. At 20,000 issues the parsed JSON lies in no cache, and every
    // pass over it reaches into a page per issue (three passes took 19.5 ms there, one 11 ms).
    const scan = scanIssues(raw, activity, lazy?.checkIssue);
    const keys = packed(scan.keys);
    const ids = packed(scan.ids);
    const order = keys
      .map((_, i) => i)
      .sort((a, b) => byString(keys[a] as string, keys[b] as string) || byString(ids[a] as string, ids[b] as string));
    const rank = new Int32Array(raw.length);
    order.forEach((at, r) => (rank[at] = r));
    const histories = changelogsById(snapshot.changelogs, lazy?.checkChangelog);
    this.sprintStart = snapshot.sprint?.startDate ? parseInstant(snapshot.sprint.startDate) : null;
    for (const entry of snapshot.readingLog ?? []) {
      const key = `${entry.accountId}|${entry.date}`;
      this.minutesRead.set(key, (this.minutesRead.get(key) ?? 0) + entry.minutes);
    }
    this.comments = CommentColumns.take(scan.commentRows);
    this.worklogs = WorklogColumns.take(scan.worklogRows);
    const sink: IssueViewSink = {
      fields: snapshot.fields,
      development: snapshot.development,
      comments: this.comments,
      worklogs: this.worklogs,
      cursor: { comments: 0, worklogs: 0 },
      activity,
      textsSince: textsReadSince(settings, at),
      blocker: this.patterns.blocker,
      addPerson: (user, authoritative) => this.people.add(user, authoritative, issueRank),
      strings: this.strings,
      histories,
    };
    // Views are built in the snapshot's own order, the order its objects lie in memory (a
    // 20,000-issue sprint is 1.5 GB of parsed JSON; key order jumped about it: a quarter slower).
    // A person first named by several issues keeps the canonical order's first mention: the
    // issue first by key, and in it the first call (its assignee, comments, worklogs in order).
    let issueRank = 0;
    // Lists built by push, not by map: a map over 20,000 issues gave a packed list in one tier of
    // V8 and a holey one in another, and every check's loop over the issues then went back to
    // the interpreter on the kind it had not seen, in every large walk.
    const views: IssueView[] = [];
    for (let i = 0; i < raw.length; i++) {
      lazy?.checkIssue(i);
      issueRank = rank[i] ?? 0;
      views.push(issueView(raw[i] as Issue, sink, keys[i], ids[i]));
    }
    // Indexed loops, not for-of, over the 20,000 views of a large walk: run once a walk, they are
    // not always compiled by the time they run, and then each step allocated an iterator result.
    const issues: IssueView[] = [];
    for (let r = 0; r < order.length; r++) issues.push(views[order[r] ?? 0] as IssueView);
    this.issues = issues;
    for (let r = 0; r < issues.length; r++) {
      const issue = issues[r] as IssueView;
      if (!this.issueByKey.has(issue.key)) this.issueByKey.set(issue.key, issue);
    }
    // Second pass: what an issue reads of another issue of the sprint.
    for (let r = 0; r < issues.length; r++) {
      const issue = issues[r] as IssueView;
      if (issue.parent && issue.parent.level === null)
        issue.parent.level = this.issueByKey.get(issue.parent.ref)?.hierarchyLevel ?? null;
      const links = issue.inwardLinks;
      for (let k = 0; k < links.length; k++) {
        const link = links[k] as InwardLink;
        link.category ??= this.issueByKey.get(link.key)?.statusCategory ?? null;
      }
    }
    this.members = this.people.members(this.issues.map((i) => i.assigneeId));
    this.memberIds = new Set(this.members.map((m) => m.accountId));
  }

  /** Gives the columns back for the next walk (columns.ts): the context is not read after this. */
  release(): void {
    this.comments.giveBack();
    this.worklogs.giveBack();
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

  /**
   * [start, end) of a local day in the person's zone, kept per zone and day for the walk:
   * daily-worklog asks it of every active issue and day, and each answer built its lookup keys
   * anew (with the loop below it, 6.96 -> 4.01 MB allocated a daily-worklog run at 20,000 issues).
   */
  dayRange(date: string, accountId: string | null): readonly [number, number] {
    const zone = this.zone(accountId);
    let byDate = this.dayRanges.get(zone);
    if (!byDate) this.dayRanges.set(zone, (byDate = new Map<string, readonly [number, number]>()));
    let range = byDate.get(date);
    if (!range) byDate.set(date, (range = localDayRange(date, zone)));
    return range;
  }

  /** Issues assigned to a member whose status is a focus status (indexed once: asked per member by several checks). */
  activeIssues(accountId: string): IssueView[] {
    const byAssignee = this.memo('active-issues', () => {
      const index = new Map<string, IssueView[]>();
      const issues = this.issues;
      for (let n = 0; n < issues.length; n++) {
        const i = issues[n] as IssueView;
        if (i.assigneeId === null || !this.focusStatuses.has(i.status)) continue;
        const list = index.get(i.assigneeId);
        if (list) list.push(i);
        else index.set(i.assigneeId, [i]);
      }
      return index;
    });
    return [...(byAssignee.get(accountId) ?? [])];
  }

  isActive(issue: IssueView): boolean {
    return this.isMember(issue.assigneeId) && this.focusStatuses.has(issue.status);
  }

  /** The status and assignee changes of the issue's changelog, oldest first (empty when none or no changelogs). */
  fieldChanges(issue: IssueView): readonly FieldChange[] {
    let changes = this.changesCache.get(issue);
    if (!changes) this.changesCache.set(issue, (changes = fieldChanges(issue.histories)));
    return changes;
  }

  /** Status changes of the issue's changelog, oldest first (empty when none or no changelogs). */
  statusChanges(issue: IssueView): FieldChange[] {
    return this.fieldChanges(issue).filter((c) => c.field === 'status');
  }

  /** The issue's (status, assignee) history from creation; statuses normalised. */
  segments(issue: IssueView): HistorySegment[] {
    let segments = this.segmentsCache.get(issue);
    if (!segments) {
      segments = replay(
        issue.created,
        { status: issue.status, assignee: issue.assigneeId },
        this.fieldChanges(issue),
      ).map((s) => ({ ...s, status: this.strings.name(s.status) }));
      this.segmentsCache.set(issue, segments);
    }
    return segments;
  }

  /** Changelog entries of the issue's links and flag (empty when none or no changelogs). */
  markerChanges(issue: IssueView): readonly MarkerChange[] {
    let markers = this.markersCache.get(issue);
    if (!markers) this.markersCache.set(issue, (markers = markerChanges(issue.histories)));
    return markers;
  }

  /** Minutes a person logged in the reading log on a local day (0 when none). */
  readingMinutes(accountId: string, day: string | null): number {
    return day === null ? 0 : (this.minutesRead.get(`${accountId}|${day}`) ?? 0);
  }
}
