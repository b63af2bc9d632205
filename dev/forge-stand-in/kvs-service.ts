import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { KvsFault, KVS_LIMITS, checkKey, checkLimit, checkValue } from './kvs-limits';

/** A custom entity of manifest.yml `app.storage.entities`: its attributes and indexes. */
export interface EntityDefinition {
  name: string;
  attributes: Record<string, { type: 'string' | 'integer' | 'float' | 'boolean' | 'any' }>;
  indexes: Array<{ name: string; partition: string[]; range: string[] }>;
}

interface Condition {
  property?: string;
  condition: string;
  values: unknown[];
}

type Stored = Record<string, unknown>;
interface State {
  kv: Record<string, unknown>;
  secrets: Record<string, unknown>;
  entities: Record<string, Record<string, Stored>>;
}

const compare = (a: unknown, b: unknown) => (a === b ? 0 : String(a) < String(b) ? -1 : 1);
const numberOrString = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : compare(a, b);

function holds(value: unknown, c: Condition): boolean {
  const [x, y] = c.values;
  switch (c.condition) {
    case 'BEGINS_WITH':
      return typeof value === 'string' && value.startsWith(String(x));
    case 'BETWEEN':
      return value !== undefined && numberOrString(value, x) >= 0 && numberOrString(value, y) <= 0;
    case 'EQUAL_TO':
      return value === x;
    case 'NOT_EQUAL_TO':
      return value !== x;
    case 'GREATER_THAN':
      return value !== undefined && numberOrString(value, x) > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return value !== undefined && numberOrString(value, x) >= 0;
    case 'LESS_THAN':
      return value !== undefined && numberOrString(value, x) < 0;
    case 'LESS_THAN_EQUAL_TO':
      return value !== undefined && numberOrString(value, x) <= 0;
    case 'CONTAINS':
      return Array.isArray(value) ? value.includes(x) : typeof value === 'string' && value.includes(String(x));
    case 'NOT_CONTAINS':
      return !(Array.isArray(value) ? value.includes(x) : typeof value === 'string' && value.includes(String(x)));
    case 'EXISTS':
      return value !== undefined;
    case 'NOT_EXISTS':
      return value === undefined;
    default:
      throw new KvsFault(400, 'INVALID_CONDITION', `Unknown condition ${c.condition}.`);
  }
}

const cursorOf = (sortKey: string) => Buffer.from(sortKey, 'utf8').toString('base64url');
const afterCursor = (cursor: unknown) =>
  typeof cursor === 'string' && cursor ? Buffer.from(cursor, 'base64url').toString('utf8') : null;

/**
 * Forge's Key-Value Store and Custom Entity Store as `@forge/kvs` reaches them
 * (`POST /api/v1/...` through `global.__forge_fetch__`), with Forge's limits and error codes,
 * for the preview and the tests. State lives in memory and, when a file is given, is written to
 * it (coalesced, so a walk's many writes cost one file write).
 */
export class KvsService {
  private state: State = { kv: {}, secrets: {}, entities: {} };
  private readonly entityDefs: Map<string, EntityDefinition>;
  private flushTimer: NodeJS.Timeout | null = null;
  /** Calls per REST path, and the largest value written (bytes), for the benchmark. */
  readonly calls: Record<string, number> = {};
  largestValue = { key: '', bytes: 0 };

  constructor(
    entities: EntityDefinition[],
    private readonly file?: string,
  ) {
    this.entityDefs = new Map(entities.map((e) => [e.name, e]));
    if (file && existsSync(file)) this.state = JSON.parse(readFileSync(file, 'utf8')) as State;
  }

  /** Answers one REST call: a status and Forge's JSON body (`{ code, message }` on errors). */
  handle(path: string, body: Record<string, unknown>): { status: number; json: unknown } {
    this.calls[path] = (this.calls[path] ?? 0) + 1;
    try {
      if (Buffer.byteLength(JSON.stringify(body), 'utf8') > KVS_LIMITS.requestBytes)
        throw new KvsFault(413, 'PAYLOAD_TOO_LARGE', 'The request exceeds 4 MB.');
      const json = this.route(path, body);
      return json === undefined ? { status: 204, json: undefined } : { status: 200, json };
    } catch (error) {
      if (error instanceof KvsFault)
        return { status: error.status, json: { code: error.code, message: error.message } };
      throw error;
    }
  }

  /** Every key-value key (not secrets, not entities), for tests that look at what was stored. */
  keys(): string[] {
    return Object.keys(this.state.kv).sort();
  }

  /** Every stored value but the secrets, by key, for tests that look at what was written. */
  values(): Record<string, unknown> {
    const out: Record<string, unknown> = { ...this.state.kv };
    for (const [name, rows] of Object.entries(this.state.entities))
      for (const [k, v] of Object.entries(rows)) out[`entity:${name}:${k}`] = v;
    return structuredClone(out);
  }

  entityRows(name: string): Stored[] {
    return Object.values(this.state.entities[name] ?? {});
  }

  /** Writes pending state to the file now. */
  flush(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(`${this.file}.tmp`, JSON.stringify(this.state));
    renameSync(`${this.file}.tmp`, this.file);
  }

  private changed(): void {
    if (this.file && !this.flushTimer) this.flushTimer = setTimeout(() => this.flush(), 200);
  }

  private route(path: string, b: Record<string, unknown>): unknown {
    switch (path) {
      case '/api/v1/get':
        return this.get(this.state.kv, b.key);
      case '/api/v1/set':
        return this.set(this.state.kv, b.key, b.value);
      case '/api/v1/delete':
        return this.remove(this.state.kv, b.key);
      case '/api/v1/secret/get':
        return this.get(this.state.secrets, b.key);
      case '/api/v1/secret/set':
        return this.set(this.state.secrets, b.key, b.value);
      case '/api/v1/secret/delete':
        return this.remove(this.state.secrets, b.key);
      case '/api/v1/query':
        return this.query(b);
      case '/api/v1/entity/get':
        return this.get(this.entity(b.entityName), b.key);
      case '/api/v1/entity/set': {
        const rows = this.entity(b.entityName);
        this.checkEntityValue(b.entityName, b.value);
        return this.set(rows, b.key, b.value);
      }
      case '/api/v1/entity/delete':
        return this.remove(this.entity(b.entityName), b.key);
      case '/api/v1/entity/query':
        return this.queryEntity(b);
      case '/api/v1/transaction':
        return this.transact(b);
      case '/api/v1/batch/set':
        return this.batchSet(b as unknown as Array<Record<string, unknown>>);
      default:
        throw new KvsFault(404, 'NOT_FOUND', `The stand-in does not serve ${path}.`);
    }
  }

  private entity(name: unknown): Record<string, Stored> {
    if (typeof name !== 'string' || !this.entityDefs.has(name))
      throw new KvsFault(400, 'INVALID_ENTITY_TYPE', `No custom entity "${String(name)}" is declared in manifest.yml.`);
    return (this.state.entities[name] ??= {});
  }

  private checkEntityValue(name: unknown, value: unknown): void {
    const def = this.entityDefs.get(String(name));
    if (!def || !value || typeof value !== 'object')
      throw new KvsFault(400, 'INVALID_ENTITY_VALUE', 'Entity values must be objects of the declared attributes.');
    for (const [attr, v] of Object.entries(value as Record<string, unknown>)) {
      const type = def.attributes[attr]?.type;
      const fits =
        type === 'any' ||
        (type === 'string' && typeof v === 'string') ||
        (type === 'integer' && Number.isInteger(v)) ||
        (type === 'float' && typeof v === 'number') ||
        (type === 'boolean' && typeof v === 'boolean');
      if (!fits)
        throw new KvsFault(
          400,
          'INVALID_ENTITY_VALUE',
          `Attribute "${attr}" of ${def.name} ${type ? `must be of type ${type}` : 'is not declared'}.`,
        );
    }
  }

  private get(space: Record<string, unknown>, key: unknown): unknown {
    const k = checkKey(key);
    if (!(k in space)) throw new KvsFault(404, 'KEY_NOT_FOUND', 'The specified key does not exist.');
    return { key: k, value: structuredClone(space[k]) };
  }

  private set(space: Record<string, unknown>, key: unknown, value: unknown): undefined {
    const k = checkKey(key);
    const bytes = checkValue(value);
    if (bytes > this.largestValue.bytes) this.largestValue = { key: k, bytes };
    space[k] = structuredClone(value);
    this.changed();
    return undefined;
  }

  private remove(space: Record<string, unknown>, key: unknown): undefined {
    const k = checkKey(key);
    if (!(k in space)) throw new KvsFault(404, 'KEY_NOT_FOUND', 'The specified key does not exist.');
    delete space[k];
    this.changed();
    return undefined;
  }

  private page<T>(
    sorted: Array<{ sortKey: string; item: T }>,
    cursor: unknown,
    limit: number,
    descending = false,
  ): { data: T[]; cursor?: string } {
    const after = afterCursor(cursor);
    // The next page starts past the cursor in the query's own direction.
    const from = after === null ? 0 : sorted.findIndex((e) => (descending ? e.sortKey < after : e.sortKey > after));
    const rest = from < 0 ? [] : sorted.slice(from);
    const data = rest.slice(0, limit);
    const last = data[data.length - 1];
    return {
      data: data.map((e) => e.item),
      ...(rest.length > limit && last ? { cursor: cursorOf(last.sortKey) } : {}),
    };
  }

  private query(b: Record<string, unknown>): unknown {
    const limit = checkLimit(b.limit);
    const where = (b.where as Condition[] | undefined) ?? [];
    for (const c of where)
      if (c.property !== 'key') throw new KvsFault(400, 'INVALID_WHERE', 'A key-value query filters on the key only.');
    const sorted = Object.keys(this.state.kv)
      .filter((k) => where.every((c) => holds(k, c)))
      .sort()
      .map((k) => ({ sortKey: k, item: { key: k, value: structuredClone(this.state.kv[k]) } }));
    return this.page(sorted, b.after, limit);
  }

  private queryEntity(b: Record<string, unknown>): unknown {
    const rows = this.entity(b.entityName);
    const def = this.entityDefs.get(String(b.entityName));
    const index = def?.indexes.find((i) => i.name === b.indexName);
    if (!index)
      throw new KvsFault(
        400,
        'INVALID_ENTITY_INDEX',
        `Entity ${String(b.entityName)} has no index "${String(b.indexName)}".`,
      );
    const limit = checkLimit(b.limit);
    const partition = (b.partition as unknown[] | undefined) ?? [];
    if (partition.length !== index.partition.length)
      throw new KvsFault(
        400,
        'INVALID_PARTITION',
        `Index ${index.name} is partitioned by ${index.partition.join(', ') || 'nothing'}.`,
      );
    const range = b.range as Condition | undefined;
    const rangeAttr = index.range[0];
    const filters = b.filters as { and?: Condition[]; or?: Condition[] } | undefined;
    const matches = Object.entries(rows).filter(([, v]) => {
      if (!index.partition.every((attr, i) => v[attr] === partition[i])) return false;
      if (range && rangeAttr && !holds(v[rangeAttr], range)) return false;
      if (filters?.and && !filters.and.every((c) => holds(v[c.property ?? ''], c))) return false;
      if (filters?.or && !filters.or.some((c) => holds(v[c.property ?? ''], c))) return false;
      return true;
    });
    // Forge orders an integer range attribute by value: numbers sort as zero-padded text here.
    const rangeText = (x: unknown) =>
      typeof x === 'number' && Number.isInteger(x) && x >= 0 ? String(x).padStart(16, '0') : String(x);
    const sortKey = ([key, v]: [string, Stored]) => `${rangeAttr ? rangeText(v[rangeAttr]) : ''}\u0000${key}`;
    const sorted = matches
      .map((e) => ({ sortKey: sortKey(e), item: { key: e[0], value: structuredClone(e[1]) } }))
      .sort((x, y) => compare(x.sortKey, y.sortKey));
    if (b.sort === 'DESC') sorted.reverse();
    return this.page(sorted, b.cursor, limit, b.sort === 'DESC');
  }

  /** All or nothing: every operation is checked before any is applied. */
  private transact(b: Record<string, unknown>): undefined {
    const sets = (b.set as Array<{ key: unknown; value: unknown; entityName?: string }> | undefined) ?? [];
    const deletes = (b.delete as Array<{ key: unknown; entityName?: string }> | undefined) ?? [];
    const checks = (b.check as unknown[] | undefined) ?? [];
    if (sets.length + deletes.length + checks.length > KVS_LIMITS.transactionOps)
      throw new KvsFault(
        400,
        'TOO_MANY_OPERATIONS',
        `A transaction holds at most ${KVS_LIMITS.transactionOps} operations.`,
      );
    const seen = new Set<string>();
    for (const op of [...sets, ...deletes]) {
      const id = `${op.entityName ?? ''}\u0000${checkKey(op.key)}`;
      if (seen.has(id)) throw new KvsFault(400, 'DUPLICATE_KEY', 'Each key can only be used once in a transaction.');
      seen.add(id);
    }
    for (const s of sets) {
      checkValue(s.value);
      if (s.entityName) this.checkEntityValue(s.entityName, s.value);
    }
    // Conditions on entity rows (compare-and-set): the current row, or {} when there is none.
    for (const op of [
      ...sets,
      ...deletes,
      ...(checks as Array<{ key: unknown; entityName?: string; conditions?: unknown }>),
    ]) {
      const conditions = (op as { conditions?: { and?: Condition[]; or?: Condition[] } }).conditions;
      if (!op.entityName || !conditions) continue;
      const row = this.entity(op.entityName)[checkKey(op.key)] ?? {};
      const ok =
        (!conditions.and || conditions.and.every((c) => holds(row[c.property ?? ''], c))) &&
        (!conditions.or || conditions.or.some((c) => holds(row[c.property ?? ''], c)));
      if (!ok)
        throw new KvsFault(
          409,
          'CONDITION_NOT_MET',
          `The condition on ${op.entityName} ${String(op.key)} was not met; nothing was written.`,
        );
    }
    for (const s of sets) this.set(s.entityName ? this.entity(s.entityName) : this.state.kv, s.key, s.value);
    for (const d of deletes) {
      const space = d.entityName ? this.entity(d.entityName) : this.state.kv;
      delete space[checkKey(d.key)];
    }
    this.changed();
    return undefined;
  }

  private batchSet(items: Array<Record<string, unknown>>): unknown {
    if (!Array.isArray(items) || items.length === 0)
      throw new KvsFault(400, 'EMPTY_BATCH', 'A batch needs at least one set request.');
    const successfulKeys: unknown[] = [];
    const failedKeys: unknown[] = [];
    for (const item of items) {
      try {
        if (typeof item.entityName === 'string') this.checkEntityValue(item.entityName, item.value);
        this.set(
          typeof item.entityName === 'string' ? this.entity(item.entityName) : this.state.kv,
          item.key,
          item.value,
        );
        successfulKeys.push({ key: item.key, ...(item.entityName ? { entityName: item.entityName } : {}) });
      } catch (error) {
        if (!(error instanceof KvsFault)) throw error;
        failedKeys.push({ key: item.key, error: { code: error.code, message: error.message } });
      }
    }
    return { successfulKeys, failedKeys };
  }
}
