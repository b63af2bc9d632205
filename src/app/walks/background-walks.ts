import { randomUUID } from 'node:crypto';
import type { Requester } from '../../fetch/requester';
import type { Report } from '../../engine/report';
import type { KeyValueStore } from '../../stores/key-value-store';
import { keys } from '../../stores/storage-keys';
import type { WalkRunStore } from '../../stores/walk-run-store';
import type { SentStore } from '../../stores/sent-store';
import type { WalkRunView } from '../contract';
import { walkProject, type WalkDeps } from './walk-service';
import { BusyError } from '../../core/errors';

/**
 * Walks in the background, on Forge's queue: a UI invocation stops at 25 s, a consumer may run
 * 900 s. Refresh and the daily trigger claim the project's walk run (compare-and-set, so one
 * walk runs per project and a second click joins it) and push an event; the consumer walks as
 * the app, writes its progress to a small record, records the day, and marks the run done. A
 * failed attempt asks the queue to retry (3 times, with its retry context); then the run is
 * marked failed with the reason, and the page keeps showing the last good walk.
 */
export const WALK_QUEUE = 'focus-walk-walks';
/** Longer than the consumer's 900 s: a run not finished by then was lost, and may be replaced. */
const LOCK_MS = 16 * 60 * 1000;
const MAX_RETRIES = 3;
/** A Refresh within this time of a finished walk shows that walk instead of walking again. */
export const REFRESH_COOLDOWN_MS = 5 * 60 * 1000;
/** Forge takes at most 50 events a push. */
const PUSH_BATCH = 50;

export interface WalkQueue {
  push(events: Array<{ body: Record<string, unknown>; delayInSeconds?: number }>): Promise<void>;
}

export interface BackgroundDeps extends WalkDeps {
  runs: WalkRunStore;
  kv: KeyValueStore;
  queue: WalkQueue;
  /** Jira as the app: background walks have no user. */
  appRequester: Requester;
  /** The log of what was sent, and the claims that send each thing once. */
  sent: SentStore;
  /** What follows a background walk (auto-escalation); its failure does not fail the walk. */
  afterWalk?: (project: string, report: Report, day: string) => Promise<void>;
}

const active = (run: WalkRunView) => run.state === 'queued' || run.state === 'running';
const live = (run: WalkRunView, now: number) => active(run) && Date.parse(run.expiresAt) > now;

/**
 * Claims a walk of the project for `day` and answers the run: the running one when there is
 * one (joined), the day's finished daily walk for a daily claim (idempotent), a walk finished
 * in the last five minutes for a Refresh (reused), else a new one. `created` says whether a walk
 * must be started for it. Whoever asks (Refresh, the daily or the hourly trigger), one walk per
 * project runs at a time.
 */
export async function claim(
  deps: BackgroundDeps,
  project: string,
  reason: WalkRunView['reason'],
  day: string,
  o: { cooldown?: boolean } = {},
): Promise<{ run: WalkRunView; created: boolean }> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await deps.runs.get<WalkRunView>(project);
    const now = deps.now().getTime();
    if (current && live(current.run, now)) return { run: current.run, created: false };
    if (
      current &&
      reason === 'daily' &&
      current.run.reason === 'daily' &&
      current.run.day === day &&
      current.run.state === 'done'
    )
      return { run: current.run, created: false };
    if (
      current &&
      reason === 'refresh' &&
      o.cooldown &&
      current.run.state === 'done' &&
      current.run.finishedAt &&
      now - Date.parse(current.run.finishedAt) < REFRESH_COOLDOWN_MS
    )
      return { run: { ...current.run, reused: true }, created: false };
    const run: WalkRunView = {
      walkId: randomUUID(),
      state: 'queued',
      reason,
      day,
      requestedAt: new Date(now).toISOString(),
      read: 0,
      total: null,
      attempt: 0,
      expiresAt: new Date(now + LOCK_MS).toISOString(),
    };
    if (await deps.runs.put(project, run, current?.version ?? null)) return { run, created: true };
  }
  throw new BusyError(`The walk of ${project} is being started by others at this moment; try again.`);
}

/**
 * Refresh: starts a walk of the project, or joins the one running. With `cooldown` (a member's
 * click: TPMs and administrators walk again at once), a walk finished in the last five minutes
 * is answered instead, marked `reused`.
 */
export async function startWalk(
  deps: BackgroundDeps,
  project: string,
  day: string,
  o: { cooldown?: boolean } = {},
): Promise<WalkRunView> {
  const { run, created } = await claim(deps, project, 'refresh', day, o);
  if (created) await deps.queue.push([{ body: { project, walkId: run.walkId } }]);
  return run;
}

/** The daily trigger: one event per project, at most 50 a push. */
export async function queueDailyWalks(
  deps: BackgroundDeps,
  projects: ReadonlyArray<{ project: string; day: string }>,
): Promise<number> {
  const bodies: Array<{ body: Record<string, unknown> }> = [];
  for (const { project, day } of projects) {
    const { run, created } = await claim(deps, project, 'daily', day);
    if (created) bodies.push({ body: { project, walkId: run.walkId } });
  }
  for (let i = 0; i < bodies.length; i += PUSH_BATCH) await deps.queue.push(bodies.slice(i, i + PUSH_BATCH));
  return bodies.length;
}

/**
 * The run with its latest progress, for the page. A run still queued or running past its
 * expiry reads as failed: the platform ended its last attempt (a time-out kills a function
 * before it can record anything), and Refresh may start another.
 */
export async function walkRun(
  deps: Pick<BackgroundDeps, 'runs' | 'kv' | 'now'>,
  project: string,
): Promise<WalkRunView | null> {
  const current = await deps.runs.get<WalkRunView>(project);
  if (!current) return null;
  const { run } = current;
  if (active(run) && !live(run, deps.now().getTime())) {
    return {
      ...run,
      state: 'failed',
      error: `The walk did not finish within its time limit${run.error ? ` (last error: ${run.error})` : ''}.`,
      finishedAt: run.expiresAt,
    };
  }
  const progress = await deps.kv.get<{ read: number; total: number }>(keys.walkProgress(project, run.walkId));
  return progress && run.state !== 'done' ? { ...run, read: progress.read, total: progress.total } : run;
}

/** Changes the run if it is still walk `walkId` (a newer walk may have replaced it). */
async function update(
  deps: BackgroundDeps,
  project: string,
  walkId: string,
  change: (run: WalkRunView) => WalkRunView,
): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await deps.runs.get<WalkRunView>(project);
    if (!current || current.run.walkId !== walkId) return;
    if (await deps.runs.put(project, change(current.run), current.version)) return;
  }
}

export interface WalkEvent {
  body: Record<string, unknown>;
  retryContext?: { retryCount?: number };
}

/**
 * The consumer: runs the walk an event names. Answers `{ retry: reason }` when the queue should
 * retry it, else nothing. An event of a finished or replaced walk does nothing (idempotent).
 */
export async function runWalkEvent(deps: BackgroundDeps, event: WalkEvent): Promise<{ retry: string } | undefined> {
  const { project, walkId } = event.body as { project?: unknown; walkId?: unknown };
  if (typeof project !== 'string' || typeof walkId !== 'string') return undefined; // a malformed event is dropped, not retried
  const current = await deps.runs.get<WalkRunView>(project);
  if (!current || current.run.walkId !== walkId || current.run.state === 'done' || current.run.state === 'failed')
    return undefined;
  const retryCount = event.retryContext?.retryCount ?? 0;
  const startedAt = deps.now();
  await update(deps, project, walkId, (run) => ({
    ...run,
    state: 'running',
    startedAt: startedAt.toISOString(),
    attempt: retryCount + 1,
    expiresAt: new Date(startedAt.getTime() + LOCK_MS).toISOString(),
  }));
  let lastWrite = 0;
  let counts = { read: 0, total: 0 };
  const onIssues = (read: number, total: number) => {
    counts = { read, total };
    // A small record, written at most every second: the page polls it.
    const now = Date.now();
    if (read !== 0 && read !== total && now - lastWrite < 1000) return;
    lastWrite = now;
    void deps.kv.set(keys.walkProgress(project, walkId), { read, total }).catch(() => undefined);
  };
  try {
    const { day, report } = await walkProject(deps, deps.appRequester, project, onIssues);
    await update(deps, project, walkId, (run) => ({
      ...run,
      ...counts,
      state: 'done',
      day,
      finishedAt: deps.now().toISOString(),
    }));
    await deps.kv.delete(keys.walkProgress(project, walkId)).catch(() => undefined);
    await deps.afterWalk?.(project, report, day).catch((error: unknown) => {
      console.error(
        `Focus Walk: after the walk of ${project}: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (retryCount < MAX_RETRIES) {
      await update(deps, project, walkId, (run) => ({ ...run, error: message }));
      return { retry: message };
    }
    await update(deps, project, walkId, (run) => ({
      ...run,
      state: 'failed',
      error: message,
      finishedAt: deps.now().toISOString(),
    }));
    return undefined;
  }
}
