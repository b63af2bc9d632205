import type { WalkContext } from './context';

/** Members' worklogs by local day, built in one pass per walk (no per-worklog objects kept). */
export interface WorklogIndex {
  /** Earliest worklog start per member and local day, over all sprint issues. */
  first: Map<string, Map<string, number>>;
  /** Local days on which each member logged work, per issue id. */
  days: Map<string, Map<string, Set<string>>>;
}

export function worklogIndex(ctx: WalkContext): WorklogIndex {
  return ctx.memo('worklog-index', () => {
    const first = new Map<string, Map<string, number>>();
    const days = new Map<string, Map<string, Set<string>>>();
    const { started: starts, authors } = ctx.worklogs;
    for (const issue of ctx.issues) {
      for (let i = issue.worklogStart; i < issue.worklogEnd; i++) {
        const author = authors[i] ?? null;
        if (author === null || !ctx.isMember(author)) continue;
        const started = starts[i] ?? NaN;
        const day = ctx.localDate(started, author);
        let byDay = first.get(author);
        if (!byDay) first.set(author, (byDay = new Map<string, number>()));
        const seen = byDay.get(day);
        if (seen === undefined || started < seen) byDay.set(day, started);
        let byAuthor = days.get(issue.id);
        if (!byAuthor) days.set(issue.id, (byAuthor = new Map<string, Set<string>>()));
        let set = byAuthor.get(author);
        if (!set) byAuthor.set(author, (set = new Set<string>()));
        set.add(day);
      }
    }
    return { first, days };
  });
}

/** Did member m log work on the issue on local day `day`? */
export function loggedOn(ctx: WalkContext, issueId: string, m: string, day: string): boolean {
  return worklogIndex(ctx).days.get(issueId)?.get(m)?.has(day) ?? false;
}
