import type { WalkContext } from './context';
import { namesImpediment, normalizeName, type IssueView } from './issue-view';
import { workingDaysSince } from './working-days-since';

/** A blocked sprint issue and its escalation level (checks.md `blocked`, checks-delivery.md cross-team). */
export interface BlockerState {
  issue: IssueView;
  level: 1 | 2 | 3;
  blockers: string[];
  days: number;
  since: number;
  /** The first rule that set the level, for the Blockers tab. */
  why: 'priority' | 'security' | 'cross-team' | 'days' | 'new';
  security: boolean;
  /** Projects other than the issue's own that hold one of its blockers (empty: none). */
  otherProjects: string[];
}

/** The project key of an issue key (`FW-12` -> `FW`). */
export const projectOf = (key: string): string => key.slice(0, Math.max(0, key.lastIndexOf('-')));

/** Every blocked sprint issue, computed once per walk: `blocked`, `version` and `risk` read it. */
export function blockerStates(ctx: WalkContext): readonly BlockerState[] {
  return ctx.memo('blocker-states', () => compute(ctx));
}

/** The level of each blocked sprint issue, by key. */
export function blockerLevels(ctx: WalkContext): ReadonlyMap<string, 1 | 2 | 3> {
  return ctx.memo('blocker-levels', () => new Map(blockerStates(ctx).map((s) => [s.issue.key, s.level])));
}

function compute(ctx: WalkContext): BlockerState[] {
  const critical = new Set(ctx.settings.blocked.criticalPriorities.map(normalizeName));
  const [level2, level3] = ctx.settings.blocked.escalateDays;
  const securityLabels = new Set(ctx.settings.escalation.securityLabels);
  const out: BlockerState[] = [];
  const issues = ctx.issues;
  for (let n = 0; n < issues.length; n++) {
    const issue = issues[n] as IssueView;
    // Most issues have neither a link nor the flag: no set and list made for them.
    if (issue.statusCategory === 'done' || (issue.inwardLinks.length === 0 && !issue.flagged)) continue;
    const blockers = blockingKeys(issue);
    if (blockers.length === 0 && !issue.flagged) continue;
    const since = blockedSince(ctx, issue, blockers);
    const days = workingDaysSince(ctx, since, issue.assigneeId);
    // A security label (settings.escalation.securityLabels, none by default) goes to the sponsor at once.
    const security = issue.labels.some((l) => securityLabels.has(l));
    const priority = issue.priority !== null && critical.has(issue.priority);
    const byRules: 1 | 2 | 3 = priority || security || days >= level3 ? 3 : days >= level2 ? 2 : 1;
    const home = projectOf(issue.key);
    const otherProjects = [...new Set(blockers.map(projectOf))].filter((p) => p !== home).sort();
    // Another team's blocker needs that team (or the PM): at least settings.blocked.crossTeamLevel.
    const level = (otherProjects.length > 0 ? Math.max(byRules, ctx.settings.blocked.crossTeamLevel) : byRules) as
      1 | 2 | 3;
    const why = priority
      ? 'priority'
      : security
        ? 'security'
        : level > byRules
          ? 'cross-team'
          : days >= level2
            ? 'days'
            : 'new';
    out.push({ issue, level, blockers, days, since, why, security, otherProjects });
  }
  return out;
}

/** Keys of unresolved issues that block this one ("is blocked by" links of type Blocks). */
function blockingKeys(issue: IssueView): string[] {
  const keys = new Set<string>();
  for (const link of issue.inwardLinks) if (link.type === 'blocks' && link.category !== 'done') keys.add(link.key);
  return [...keys].sort();
}

/** The latest changelog entry that added a current blocking link or set the flag; else created / sprint start. */
function blockedSince(ctx: WalkContext, issue: IssueView, blockers: readonly string[]): number {
  let latest: number | null = null;
  for (const change of ctx.markerChanges(issue)) {
    const relevant =
      change.field === 'link'
        ? change.to !== null && blockers.includes(change.to)
        : issue.flagged && namesImpediment(change.toString);
    if (relevant && (latest === null || change.at > latest)) latest = change.at;
  }
  return latest ?? Math.max(issue.created, ctx.sprintStart ?? Number.NEGATIVE_INFINITY);
}
