import type { WalkContext } from './context';
import { worklogSeconds } from './issue-view';
import { blockerStates } from './blockers';
import type { Report } from './report';
import { localTime } from '../core/time/zones';

/** A Focus comment as its author wrote it, for the stand-up board (issue 27). */
export interface StandupNote {
  issueKey: string;
  /** The instant, and the day and time in the author's zone. */
  at: string;
  day: string;
  time: string;
  /** checks.md's plain text, cut at NOTE_CHARS characters. */
  text: string;
  cut: boolean;
}

export interface StandupMember {
  accountId: string;
  displayName: string;
  zone: string;
  /** The member's previous working day and today, in their zone. */
  yesterday: string | null;
  today: string;
  /** The latest Focus Out of the previous working day and the latest Focus In of today; null: not written yet. */
  focusOut: StandupNote | null;
  focusIn: StandupNote | null;
  /** Minutes logged on the sprint's issues, by local day. */
  logged: { yesterday: number; today: number };
  active: string[];
  blockers: Array<{ issueKey: string; summary: string; level: 1 | 2 | 3; days: number }>;
  questions: Array<{ issueKey: string | null; message: string }>;
}

export type StandupBlocker = StandupMember['blockers'][number];

export interface Standup {
  at: string;
  members: StandupMember[];
  /** Blocked issues no member holds (unassigned, or someone outside the team): the stand-up's to settle. */
  unowned: StandupBlocker[];
  /** Set when storage cut the lists (a huge sprint): each list holds at most this many. */
  listsCutTo?: number;
}

/** A stored note is at most this long: 2 a member keeps a team of 30 far inside one KVS value. */
export const NOTE_CHARS = 1000;

/**
 * The stand-up board from the walk's own columns: per member, yesterday's Focus Out and today's
 * Focus In (the latest of each, matched by the same patterns as the checks), the hours they
 * logged, their active issues, blockers and open questions. One pass over comments and worklogs.
 */
export function standupOf(ctx: WalkContext, report: Report): Standup {
  const members = ctx.members.map((m) => {
    const today = ctx.today(m.accountId);
    return { m, today, yesterday: ctx.prevWorkingDay(m.accountId) };
  });
  const byId = new Map(members.map((x) => [x.m.accountId, x]));
  const notes = new Map<string, { focusIn: StandupNote | null; focusOut: StandupNote | null }>();
  const logged = new Map<string, { yesterday: number; today: number }>();
  const { created, authors } = ctx.comments;
  for (const issue of ctx.issues) {
    for (let i = issue.commentStart; i < issue.commentEnd; i++) {
      const who = byId.get(authors[i] ?? '');
      if (!who) continue;
      const at = created[i] ?? NaN;
      const day = ctx.localDate(at, who.m.accountId);
      const kind = day === who.today ? 'focusIn' : day === who.yesterday ? 'focusOut' : null;
      if (!kind || !ctx.patterns[kind].test(ctx.comments.text(i), issue.key)) continue;
      const mine = notes.get(who.m.accountId) ?? { focusIn: null, focusOut: null };
      notes.set(who.m.accountId, mine);
      const seen = mine[kind];
      if (seen && Date.parse(seen.at) >= at) continue;
      const text = ctx.comments.text(i);
      mine[kind] = {
        issueKey: issue.key,
        at: new Date(at).toISOString(),
        day,
        time: localTime(at, who.m.zone),
        text: text.slice(0, NOTE_CHARS),
        cut: text.length > NOTE_CHARS,
      };
    }
    const { started, authors: loggers } = ctx.worklogs;
    for (let i = issue.worklogStart; i < issue.worklogEnd; i++) {
      const who = byId.get(loggers[i] ?? '');
      if (!who) continue;
      const day = ctx.localDate(started[i] ?? NaN, who.m.accountId);
      const slot = day === who.today ? 'today' : day === who.yesterday ? 'yesterday' : null;
      if (!slot) continue;
      const mine = logged.get(who.m.accountId) ?? { yesterday: 0, today: 0 };
      logged.set(who.m.accountId, mine);
      mine[slot] += Math.round(worklogSeconds(issue, i) / 60);
    }
  }
  const blockers = blockerStates(ctx);
  const asRow = (b: (typeof blockers)[number]): StandupBlocker => ({
    issueKey: b.issue.key,
    summary: b.issue.summary,
    level: b.level,
    days: b.days,
  });
  return {
    at: new Date(ctx.at).toISOString(),
    unowned: blockers.filter((b) => !byId.has(b.issue.assigneeId ?? '')).map(asRow),
    members: members.map(({ m, today, yesterday }) => ({
      accountId: m.accountId,
      displayName: m.displayName,
      zone: m.zone,
      yesterday,
      today,
      focusOut: notes.get(m.accountId)?.focusOut ?? null,
      focusIn: notes.get(m.accountId)?.focusIn ?? null,
      logged: logged.get(m.accountId) ?? { yesterday: 0, today: 0 },
      active: ctx.activeIssues(m.accountId).map((i) => i.key),
      blockers: blockers.filter((b) => b.issue.assigneeId === m.accountId).map(asRow),
      questions: report.findings
        .filter((f) => f.check === 'open-question' && f.accountId === m.accountId)
        .map((f) => ({ issueKey: f.issueKey, message: f.message })),
    })),
  };
}
