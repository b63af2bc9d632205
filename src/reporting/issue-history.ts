import { parseInstant } from '../core/time/instant';

/** An issue as sprint reporting reads it: its current state and its changelog. */
export interface IssueRecord {
  id: string;
  key: string;
  summary: string;
  fields: Record<string, unknown>;
  histories: readonly unknown[];
}

/** What sprint reporting knows of an issue at one instant. */
export interface IssueState {
  sprints: readonly number[];
  points: number | null;
  statusId: string | null;
}

/** One change of sprint, estimate or status, at an instant (changelog order). */
export interface IssueChange {
  at: number;
  sprints?: readonly number[];
  points?: number | null;
  statusId?: string | null;
}

/** The custom field ids the replay needs (they differ per site). */
export interface ReportingFields {
  storyPoints: string | null;
  sprint: string | null;
}

const POINT_NAMES = ['story points', 'story point estimate'];

/** `"5, 7"` (a Sprint item's `from`/`to`) as sprint ids. */
export function sprintIds(text: unknown): number[] {
  if (typeof text !== 'string') return [];
  return text
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
}

function pointsOf(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

/** The Sprint field's value (an array of sprints, or of ids on some sites) as ids. */
function currentSprints(value: unknown): number[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((s) => (typeof s === 'number' ? s : (s as { id?: unknown } | null)?.id))
    .filter((n): n is number => typeof n === 'number');
}

/**
 * An issue's sprints, estimate and status through time, replayed from its changelog: the value
 * before the first change of each is that change's `from`; with no change, today's value held
 * all along. `fallbackSprints` stands for the Sprint field when the snapshot does not carry it
 * (the walk's own issues are in the walked sprint).
 */
export class IssueHistory {
  readonly initial: IssueState;
  readonly changes: readonly IssueChange[];
  readonly current: IssueState;

  constructor(
    readonly record: IssueRecord,
    fields: ReportingFields,
    fallbackSprints: readonly number[] = [],
  ) {
    const f = record.fields;
    const sprintValue = fields.sprint ? f[fields.sprint] : undefined;
    this.current = {
      sprints: sprintValue === undefined ? fallbackSprints : currentSprints(sprintValue),
      points: fields.storyPoints ? pointsOf(f[fields.storyPoints]) : null,
      statusId: (f.status as { id?: string } | undefined)?.id ?? null,
    };
    const changes: IssueChange[] = [];
    const firsts: Partial<IssueState> = {};
    const entries = record.histories
      .map((h) => h as { created?: unknown; items?: unknown })
      .filter((h) => typeof h.created === 'string' && Array.isArray(h.items))
      .map((h) => ({ at: safeInstant(h.created as string), items: h.items as Array<Record<string, unknown>> }))
      .filter((h) => h.at !== null)
      .sort((a, b) => (a.at as number) - (b.at as number));
    for (const { at, items } of entries) {
      const change: IssueChange = { at: at as number };
      for (const item of items) {
        const field = typeof item.field === 'string' ? item.field.toLowerCase() : '';
        const id = typeof item.fieldId === 'string' ? item.fieldId : undefined;
        if ((fields.sprint && id === fields.sprint) || field === 'sprint') {
          if (!('sprints' in firsts)) firsts.sprints = sprintIds(item.from);
          change.sprints = sprintIds(item.to);
        } else if ((fields.storyPoints && id === fields.storyPoints) || POINT_NAMES.includes(field)) {
          if (!('points' in firsts)) firsts.points = pointsOf(own(item, 'fromString') ?? item.from);
          change.points = pointsOf(own(item, 'toString') ?? item.to);
        } else if (field === 'status' || id === 'status') {
          if (!('statusId' in firsts)) firsts.statusId = typeof item.from === 'string' ? item.from : null;
          change.statusId = typeof item.to === 'string' ? item.to : null;
        }
      }
      if (Object.keys(change).length > 1) changes.push(change);
    }
    this.changes = changes;
    this.initial = {
      sprints: firsts.sprints ?? this.current.sprints,
      points: 'points' in firsts ? (firsts.points ?? null) : this.current.points,
      statusId: 'statusId' in firsts ? (firsts.statusId ?? null) : this.current.statusId,
    };
  }

  /** The state just after every change at or before `at`. */
  stateAt(at: number): IssueState {
    let state = this.initial;
    for (const c of this.changes) {
      if (c.at > at) break;
      state = {
        sprints: c.sprints ?? state.sprints,
        points: 'points' in c ? (c.points ?? null) : state.points,
        statusId: 'statusId' in c ? (c.statusId ?? null) : state.statusId,
      };
    }
    return state;
  }

  /** When the issue was created; null when the snapshot does not say. */
  get createdAt(): number | null {
    return typeof this.record.fields.created === 'string' ? safeInstant(this.record.fields.created) : null;
  }

  /** False before the issue was created. */
  existsAt(at: number): boolean {
    const created = this.createdAt;
    return created === null || created <= at;
  }
}

/** A change item's own property (`toString` must never be Object.prototype's). */
function own(item: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(item, key) ? item[key] : undefined;
}

function safeInstant(text: string): number | null {
  const ms = parseInstant(text);
  return Number.isNaN(ms) ? null : ms;
}
