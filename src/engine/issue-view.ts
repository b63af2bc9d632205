import type { Development, Issue, Snapshot, UserRef } from '../snapshot/schema';
import { parseInstant } from '../core/time/instant';
import { plainText } from '../core/adf';
import type { CommentColumns, WorklogColumns } from './columns';
import type { Activity, IssueActivity } from '../snapshot/activity';
import type { Histories } from './history';
import type { PatternCache } from '../settings/patterns';
import { commentMarks } from './comment-marks';

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
  /** Where its comments' ids are read (commentId): Jira's list of them, or a background walk's ids. */
  commentIds: readonly ({ id: string } | string)[];
  /** This issue's worklogs in ctx.worklogs: [worklogStart, worklogEnd). */
  worklogStart: number;
  worklogEnd: number;
  /** Where its worklogs' time spent is read (worklogSeconds): Jira's list of them, or a background walk's seconds. */
  worklogSeconds: readonly { timeSpentSeconds?: number | undefined }[] | Float64Array;
  labels: string[];
  /** Issues linked inward ("is blocked by" for Blocks), with the link type's normalised name. */
  inwardLinks: readonly InwardLink[];
  fixVersions: number;
  /** The ids of its fix versions (checks-delivery.md `version`). */
  fixVersionIds: readonly string[];
  storyPoints: number | null;
  flagged: boolean;
  development: DevelopmentView | null;
  /** Its changelog's entries as Jira gave them: the context parses them for the issues a check asks about. */
  histories: Histories;
}

export interface InwardLink {
  type: string;
  key: string;
  /** The linked issue's status category, from the link or the sprint's own copy of the issue. */
  category: string | null;
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

/** Where issueView writes an issue's comments and worklogs, and whom it names. */
export interface IssueViewSink {
  fields: Snapshot['fields'];
  development: Snapshot['development'];
  comments: CommentColumns;
  worklogs: WorklogColumns;
  /** The next free row of each column. */
  cursor: { comments: number; worklogs: number };
  /** A background walk's comments and worklogs, by issue id (else the issues' own lists). */
  activity?: Activity | undefined;
  /** Comments from this instant on have their text read while the comment is at hand, older ones none (text-window.ts). */
  textsSince: number;
  /** The blocker pattern, for each read text's marks (comment-marks.ts). */
  blocker: PatternCache;
  /** Records a person; answers their account id as one string shared by every row naming them. */
  addPerson(user: UserRef, authoritative: boolean): string;
  /** Shared strings for the views' few-valued fields (SharedStrings). */
  strings: SharedStrings;
  /** The changelog entries, by issue id. */
  histories: ReadonlyMap<string, Histories>;
}

/**
 * One string per distinct value of a few-valued field (status, category, type, priority, link
 * type), as given and normalised. A sprint has a handful of each, but 20,000 issues each holding
 * their own copy (parsed JSON, or a fresh lower-case one) spread the checks' comparisons over
 * 20,000 strings lying all over the parsed JSON instead of a few that stay in the cache.
 */
export class SharedStrings {
  private readonly given = new Map<string, string>();
  private readonly normalized = new Map<string, string>();

  same(text: string): string {
    let shared = this.given.get(text);
    if (shared === undefined) this.given.set(text, (shared = text));
    return shared;
  }

  name(name: string): string {
    let shared = this.normalized.get(name);
    if (shared === undefined) this.normalized.set(name, (shared = normalizeName(name)));
    return shared;
  }
}

/** The id of comment i (in ctx.comments) of the issue, read from the issue's own list ('' when none). */
export function commentId(issue: IssueView, i: number): string {
  const comment = issue.commentIds[i - issue.commentStart];
  return typeof comment === 'string' ? comment : (comment?.id ?? '');
}

/** The time spent of worklog i (in ctx.worklogs) of the issue, from the issue's own list (0 when Jira gave none). */
export function worklogSeconds(issue: IssueView, i: number): number {
  const source = issue.worklogSeconds;
  const k = i - issue.worklogStart;
  return (source instanceof Float64Array ? source[k] : source[k]?.timeSpentSeconds) ?? 0;
}

const NO_LINKS: readonly InwardLink[] = Object.freeze([]);
const NO_IDS: readonly string[] = Object.freeze([]);
const NO_HISTORIES: Histories = Object.freeze([]);

/**
 * An issue as the checks read it, its comments and worklogs appended to the columns, the
 * people it names reported to the sink (for names and zones), in one pass.
 */
export function issueView(
  issue: Issue,
  into: IssueViewSink,
  /** The issue's key and id, as the context keeps them (packed-strings.ts). */
  key: string = issue.key,
  id: string = issue.id,
): IssueView {
  const f = issue.fields;
  const fields = f as Record<string, unknown>;
  const ids = into.fields;
  const points = ids?.storyPoints ? fields[ids.storyPoints] : undefined;
  const flag = ids?.flagged ? fields[ids.flagged] : undefined;
  const dev = into.development?.[id];
  // People named by the issue (for names and zones), in the same pass as its comments and worklogs.
  const assigneeId = f.assignee ? into.addPerson(f.assignee, false) : null;
  const commentStart = into.cursor.comments;
  const worklogStart = into.cursor.worklogs;
  const compact = into.activity?.get(id);
  if (compact) appendActivity(compact, into, key);
  else {
    for (const c of f.comment.comments) {
      const i = into.cursor.comments++;
      into.comments.authors[i] = c.author ? into.addPerson(c.author, false) : null;
      const created = parseInstant(c.created);
      into.comments.created[i] = created;
      if (created >= into.textsSince) readText(into.comments, i, plainText(c.body), key, into.blocker);
    }
    for (const w of f.worklog.worklogs) {
      const i = into.cursor.worklogs++;
      into.worklogs.authors[i] = w.author ? into.addPerson(w.author, false) : null;
      into.worklogs.started[i] = parseInstant(w.started);
    }
  }
  const parentRef = f.parent ? (f.parent.key ?? f.parent.id ?? '') : null;
  return {
    id,
    key,
    summary: f.summary ?? '',
    issueType: into.strings.same(f.issuetype.name),
    subtask: f.issuetype.subtask ?? false,
    hierarchyLevel: f.issuetype.hierarchyLevel ?? 0,
    parent: parentRef === null ? null : { ref: parentRef, level: f.parent?.fields?.issuetype?.hierarchyLevel ?? null },
    priority: f.priority?.name ? into.strings.name(f.priority.name) : null,
    priorityName: f.priority?.name ? into.strings.same(f.priority.name) : null,
    status: into.strings.name(f.status.name),
    statusName: into.strings.same(f.status.name),
    statusCategory: into.strings.same(f.status.statusCategory.key),
    assigneeId,
    created: parseInstant(f.created),
    commentStart,
    commentEnd: into.cursor.comments,
    commentIds: compact ? compact.commentIds : f.comment.comments,
    worklogStart,
    worklogEnd: into.cursor.worklogs,
    worklogSeconds: compact ? compact.worklogSeconds : f.worklog.worklogs,
    labels: f.labels ?? [],
    inwardLinks: inwardLinks(f.issuelinks, into),
    fixVersions: f.fixVersions?.length ?? 0,
    fixVersionIds: fixVersionIds(f.fixVersions),
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
    // Looked up here, while the issue's id is at hand: a lookup by id later, in key order,
    // reached into a page of the parsed JSON per issue.
    histories: into.histories.get(id) ?? NO_HISTORIES,
  };
}

/** The same rows from the compact form a background walk keeps (snapshot/activity.ts). */
function appendActivity(a: IssueActivity, into: IssueViewSink, key: string): void {
  into.comments.created.set(a.commentCreated, into.cursor.comments);
  a.commentAuthors.forEach((author, n) => {
    const i = into.cursor.comments + n;
    into.comments.authors[i] = author ? into.addPerson(author, false) : null;
    if ((a.commentCreated[n] ?? NaN) >= into.textsSince)
      readText(into.comments, i, plainText(a.commentTexts[n]), key, into.blocker);
  });
  into.cursor.comments += a.commentCreated.length;
  into.worklogs.started.set(a.worklogStarted, into.cursor.worklogs);
  a.worklogAuthors.forEach((author, n) => {
    into.worklogs.authors[into.cursor.worklogs + n] = author ? into.addPerson(author, false) : null;
  });
  into.cursor.worklogs += a.worklogStarted.length;
}

/** Keeps comment i's text, and its marks while the text is at hand. */
function readText(comments: CommentColumns, i: number, text: string, key: string, blocker: PatternCache): void {
  comments.texts[i] = text;
  comments.marks[i] = commentMarks(text, key, blocker);
}

/** The inward links (none: one shared empty list, as most issues have none). */
function inwardLinks(links: Issue['fields']['issuelinks'], into: IssueViewSink): readonly InwardLink[] {
  let out: InwardLink[] | undefined;
  for (const l of links ?? []) {
    if (!l.inwardIssue) continue;
    (out ??= []).push({
      type: into.strings.name(l.type.name),
      key: l.inwardIssue.key,
      category: l.inwardIssue.fields?.status?.statusCategory?.key ?? null,
    });
  }
  return out ?? NO_LINKS;
}

function fixVersionIds(versions: Issue['fields']['fixVersions']): readonly string[] {
  let out: string[] | undefined;
  for (const v of versions ?? []) if (v.id) (out ??= []).push(v.id);
  return out ?? NO_IDS;
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
