import type { Changelog } from '../snapshot/schema';
import { parseInstant } from '../core/time/instant';

/** One change of status or assignee, from an issue's changelog. */
export interface FieldChange {
  at: number;
  field: 'status' | 'assignee';
  from: string | null;
  to: string | null;
}

/** A stretch of time with one (status, assignee) pair: [start, end). */
export interface HistorySegment {
  start: number;
  end: number;
  status: string;
  assignee: string | null;
}

/** An issue's changelog entries as Jira gives them (all of its changelogs' entries, in the order they came). */
export type Histories = readonly Changelog['changeHistories'][number][];

/** Status changes carry names (`fromString`/`toString`), assignee changes account ids (`from`/`to`). */
export function fieldChanges(histories: Histories): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const history of histories) {
    const at = parseInstant(history.created);
    for (const item of history.items) {
      const field = (item.fieldId ?? item.field).toLowerCase();
      if (field === 'status') {
        changes.push({ at, field: 'status', from: item.fromString ?? null, to: item.toString ?? null });
      } else if (field === 'assignee') {
        changes.push({ at, field: 'assignee', from: item.from ?? null, to: item.to ?? null });
      }
    }
  }
  return byInstant(changes);
}

/**
 * Oldest first; stable, so entries of the same instant keep their changelog order. Jira's
 * changelogs come in order, and a sort copies its array even then: only a disordered one is sorted.
 */
export function byInstant<T extends { at: number }>(changes: T[]): T[] {
  for (let i = 1; i < changes.length; i++) {
    if ((changes[i - 1] as T).at > (changes[i] as T).at) return changes.sort((a, b) => a.at - b.at);
  }
  return changes;
}

/**
 * Replays status and assignee from the creation: a field with no change in the
 * changelog has had its current value since creation; before creation there is nothing.
 */
export function replay(
  created: number,
  current: { status: string; assignee: string | null },
  changes: readonly FieldChange[],
): HistorySegment[] {
  const firstStatus = changes.find((c) => c.field === 'status');
  const firstAssignee = changes.find((c) => c.field === 'assignee');
  let status = firstStatus ? (firstStatus.from ?? '') : current.status;
  let assignee = firstAssignee ? firstAssignee.from : current.assignee;
  const segments: HistorySegment[] = [];
  let start = created;
  for (const change of changes) {
    const at = Math.max(change.at, created);
    if (at > start) segments.push({ start, end: at, status, assignee });
    start = Math.max(start, at);
    if (change.field === 'status') status = change.to ?? '';
    else assignee = change.to;
  }
  segments.push({ start, end: Number.POSITIVE_INFINITY, status, assignee });
  return segments;
}

/** A changelog entry of the issue links or the Flagged field (blocked since when). */
export interface MarkerChange {
  at: number;
  field: 'link' | 'flagged';
  to: string | null;
  toString: string | null;
}

/** The link and Flagged entries of an issue's changelog, parsed once. */
export function markerChanges(histories: Histories): MarkerChange[] {
  const out: MarkerChange[] = [];
  for (const history of histories) {
    const at = parseInstant(history.created);
    for (const item of history.items) {
      const field = item.field.trim().toLowerCase();
      if (field === 'link' || field === 'flagged')
        out.push({ at, field, to: item.to ?? null, toString: item.toString ?? null });
    }
  }
  return out;
}
