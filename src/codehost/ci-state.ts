import type { Ci } from '../snapshot/delivery-schema';

/** One CI signal on a commit, in the code host's own words. */
export interface CiSignal {
  name: string;
  outcome: 'fail' | 'pend' | 'pass';
  url: string | null;
}

/**
 * The combined state of a head commit (checks-delivery.md): `failure` when any signal fails,
 * else `pending` when any pends, else `success` when there is one, else `none`.
 */
export function combineCi(signals: readonly CiSignal[]): Ci {
  const failed = signals.filter((s) => s.outcome === 'fail');
  const state =
    failed.length > 0
      ? 'failure'
      : signals.some((s) => s.outcome === 'pend')
        ? 'pending'
        : signals.length > 0
          ? 'success'
          : 'none';
  const first = failed[0] ?? signals[0];
  return { state, failed: failed.map((s) => s.name), url: first?.url ?? null };
}

const RUN_FAILS = new Set(['failure', 'timed_out', 'cancelled', 'action_required']);

/** A GitHub check run: a failing conclusion fails, queued or in progress pends; success, neutral, skipped pass. */
export function githubCheckRun(run: {
  name?: string;
  status?: string;
  conclusion?: string | null;
  html_url?: string | null;
}): CiSignal {
  const outcome =
    run.conclusion && RUN_FAILS.has(run.conclusion)
      ? 'fail'
      : run.status === 'queued' ||
          run.status === 'in_progress' ||
          run.status === 'pending' ||
          run.status === 'waiting' ||
          run.status === 'requested'
        ? 'pend'
        : 'pass';
  return { name: run.name ?? 'check run', outcome, url: run.html_url ?? null };
}

/** A GitHub commit status: `error` and `failure` fail, `pending` pends, `success` passes. */
export function githubStatus(status: { context?: string; state?: string; target_url?: string | null }): CiSignal {
  const outcome =
    status.state === 'error' || status.state === 'failure' ? 'fail' : status.state === 'pending' ? 'pend' : 'pass';
  return { name: status.context ?? 'status', outcome, url: status.target_url ?? null };
}

/** A Bitbucket commit status: FAILED and STOPPED fail, INPROGRESS pends, SUCCESSFUL passes. */
export function bitbucketStatus(status: {
  key?: string;
  name?: string;
  state?: string;
  url?: string | null;
}): CiSignal {
  const outcome =
    status.state === 'FAILED' || status.state === 'STOPPED' ? 'fail' : status.state === 'INPROGRESS' ? 'pend' : 'pass';
  return { name: status.name ?? status.key ?? 'build', outcome, url: status.url ?? null };
}
