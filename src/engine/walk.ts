import { parseSettings, type Settings } from '../settings/schema';
import { parseSnapshotLazily } from '../snapshot/parse-snapshot';
import type { Snapshot } from '../snapshot/schema';
import type { Activity } from '../snapshot/activity';
import { CHECK_IDS, SCORED_CHECKS, type CheckId } from '../core/check-ids';
import { WalkContext } from './context';
import { normalizeFindings, type Finding } from './finding';
import { InputError } from '../core/input-error';
import { REGISTRY } from './registry';
import type { MemberSummary, Readiness, Report, SkippedCheck } from './report';
import { checkedUpcoming } from './checks/ready';
import { parseInstant } from '../core/time/instant';
import { memberLoads } from './member-loads';
import { standupOf, type Standup } from './standup';

/**
 * The walk: walk(snapshot, settings, at) -> report (checks.md). Pure: no I/O, no clock.
 * Raw inputs are validated here, so any caller (resolver, CLI, test) gets either a report or
 * an InputError naming the first bad field, never a stray TypeError.
 */
export function walk(snapshot: unknown, settings: unknown, at: string): Report {
  const atMs = typeof at === 'string' ? parseInstant(at) : NaN;
  if (Number.isNaN(atMs)) throw new InputError('at', '', 'expected an ISO-8601 instant with a time-zone offset');
  // Each issue is checked as the walk reads it (parseSnapshotLazily); a bad snapshot is still
  // named before bad settings, as when the snapshot was checked whole first.
  const input = parseSnapshotLazily(snapshot);
  let parsed: Settings;
  try {
    parsed = parseSettings(settings);
  } catch (error) {
    input.checkAll();
    throw error;
  }
  return released(new WalkContext(input.snapshot, parsed, atMs, undefined, input), (ctx) =>
    reportOf(ctx, input.snapshot, parsed),
  );
}

/** Uses the context, then gives its columns back for the next walk, whatever happened. */
function released<T>(ctx: WalkContext, use: (ctx: WalkContext) => T): T {
  try {
    return use(ctx);
  } finally {
    ctx.release();
  }
}

/**
 * The walk on inputs already validated by parseSnapshot and parseSettings; a background walk
 * passes its comments and worklogs in compact form (`activity`, from fetchSnapshot's `compact`).
 */
export function walkParsed(snapshot: Snapshot, settings: Settings, at: number, activity?: Activity): Report {
  return released(new WalkContext(snapshot, settings, at, activity), (ctx) => reportOf(ctx, snapshot, settings));
}

/** The walk and the stand-up board from one context (the background walk stores both). */
export function walkWithStandup(
  snapshot: Snapshot,
  settings: Settings,
  at: number,
  activity?: Activity,
): { report: Report; standup: Standup } {
  return released(new WalkContext(snapshot, settings, at, activity), (ctx) => {
    const report = reportOf(ctx, snapshot, settings);
    return { report, standup: standupOf(ctx, report) };
  });
}

function reportOf(ctx: WalkContext, snapshot: Snapshot, settings: Settings): Report {
  const at = ctx.at;
  const skipped: SkippedCheck[] = [];
  const raw: Finding[] = [];
  const ran = new Set<CheckId>();
  for (const id of CHECK_IDS) {
    if (!settings.checks[id]) continue;
    const check = REGISTRY[id];
    const skip = check.skip?.(ctx) ?? null;
    if (skip && !skip.codes) {
      skipped.push({ check: id, reason: skip.reason });
      continue;
    }
    if (skip?.codes) skipped.push({ check: id, reason: skip.reason, codes: skip.codes });
    ran.add(id);
    raw.push(...check.run(ctx));
  }
  const findings = normalizeFindings(raw);
  const readiness = ran.has('ready') ? readinessOf(ctx, findings) : null;
  return {
    at: new Date(at).toISOString(),
    project: { id: snapshot.project.id, key: snapshot.project.key, name: snapshot.project.name ?? null },
    sprint: snapshot.sprint
      ? {
          id: snapshot.sprint.id,
          name: snapshot.sprint.name,
          state: snapshot.sprint.state ?? null,
          startDate: snapshot.sprint.startDate ?? null,
          endDate: snapshot.sprint.endDate ?? null,
        }
      : null,
    score: score(ctx, findings, ran),
    members: summaries(ctx, findings),
    findings,
    skipped,
    ...(readiness ? { readiness } : {}),
  };
}

function readinessOf(ctx: WalkContext, findings: readonly Finding[]): Readiness {
  const flagged = new Set(findings.filter((f) => f.check === 'ready').map((f) => f.issueKey));
  const checked = checkedUpcoming(ctx);
  const ready = checked.filter((i) => !flagged.has(i.key)).length;
  return {
    share: checked.length === 0 ? 100 : Math.floor((100 * ready) / checked.length),
    sprint: ctx.delivery.upcoming?.sprint?.name ?? null,
    checked: checked.length,
    ready,
  };
}

/** Share of (member, scored check) pairs with no finding; disabled or skipped checks left out. */
function score(ctx: WalkContext, findings: readonly Finding[], ran: ReadonlySet<CheckId>): number {
  const checks = SCORED_CHECKS.filter((id) => ran.has(id));
  const total = checks.length * ctx.members.length;
  if (total === 0) return 100;
  const failing = new Set(
    findings.filter((f) => f.accountId !== null && checks.includes(f.check)).map((f) => `${f.check}|${f.accountId}`),
  );
  let clean = 0;
  for (const check of checks) for (const m of ctx.members) if (!failing.has(`${check}|${m.accountId}`)) clean++;
  return Math.floor((100 * clean) / total);
}

function summaries(ctx: WalkContext, findings: readonly Finding[]): MemberSummary[] {
  const loads = memberLoads(ctx);
  // One pass over the findings for every member's counts (not one pass a member).
  const byMember = new Map(ctx.members.map((m) => [m.accountId, { error: 0, warning: 0, info: 0 }]));
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    const c = f.accountId === null ? undefined : byMember.get(f.accountId);
    if (c) c[f.severity]++;
  }
  return ctx.members.map((m) => {
    const counts = byMember.get(m.accountId) ?? { error: 0, warning: 0, info: 0 };
    return {
      accountId: m.accountId,
      displayName: m.displayName,
      timeZone: m.zone,
      today: ctx.today(m.accountId),
      prevWorkingDay: ctx.prevWorkingDay(m.accountId),
      activeIssues: ctx.activeIssues(m.accountId).map((i) => i.key),
      load: loads.get(m.accountId)?.load ?? 0,
      openIssues: loads.get(m.accountId)?.issues ?? 0,
      reading: ctx.hasReadingLog
        ? {
            today: ctx.readingMinutes(m.accountId, ctx.today(m.accountId)),
            previous: ctx.readingMinutes(m.accountId, ctx.prevWorkingDay(m.accountId)),
          }
        : null,
      status: counts.error > 0 ? 'red' : counts.warning > 0 ? 'amber' : 'green',
      counts,
    };
  });
}
