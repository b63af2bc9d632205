import { kvs, Sort, WhereConditions } from '@forge/kvs';
import { keys } from './storage-keys';
import { heldByAnother, ifVersion } from './version-condition';

/** The `sent-item` custom entity: what the app sent (nudges, digests, escalations), by project and day. */
const ENTITY = 'sent-item';

export interface SentRow<T> {
  project: string;
  day: string;
  version: number;
  record: T;
}

/**
 * The log of everything sent, and the claim that makes each sending happen at most once: a row
 * is created only when none exists under its key (compare-and-set), so of two triggers, or a
 * retry and the attempt it repeats, only one sends.
 */
export class SentStore {
  /**
   * Creates the row unless one exists; false when another sender holds the key. A storage error
   * (not the condition) throws: the sending fails visibly and its trigger retries.
   */
  async claim<T>(project: string, dedupKey: string, day: string, record: T): Promise<boolean> {
    try {
      await kvs
        .transact()
        .set(keys.sent(project, dedupKey), { project, day, version: 1, record }, ifVersion<SentRow<T>>(ENTITY, null))
        .execute();
      return true;
    } catch (error) {
      return !(await heldByAnother(error, null, () => this.get(project, dedupKey)));
    }
  }

  async put<T>(project: string, dedupKey: string, day: string, record: T): Promise<void> {
    await kvs.entity<SentRow<T>>(ENTITY).set(keys.sent(project, dedupKey), { project, day, version: 2, record });
  }

  async get<T>(project: string, dedupKey: string): Promise<SentRow<T> | undefined> {
    return kvs.entity<SentRow<T>>(ENTITY).get(keys.sent(project, dedupKey));
  }

  async remove(project: string, dedupKey: string): Promise<void> {
    await kvs.entity(ENTITY).delete(keys.sent(project, dedupKey));
  }

  /** Rows of the project from `from` to `to` (days, inclusive), with their keys. */
  async list<T>(project: string, from: string, to: string): Promise<Array<{ key: string; value: SentRow<T> }>> {
    const out: Array<{ key: string; value: SentRow<T> }> = [];
    let query = kvs
      .entity<SentRow<T>>(ENTITY)
      .query()
      .index('by-project', { partition: [project] })
      .where(WhereConditions.between(from, to))
      .limit(100);
    for (;;) {
      const page = await query.getMany();
      out.push(...page.results);
      if (!page.nextCursor) return out;
      query = query.cursor(page.nextCursor);
    }
  }

  /** One page of the project's rows from `from` to `to` (days, inclusive), newest day first. */
  async page<T>(
    project: string,
    from: string,
    to: string,
    limit: number,
    cursor?: string,
  ): Promise<{ rows: Array<{ key: string; value: SentRow<T> }>; nextCursor: string | null }> {
    let query = kvs
      .entity<SentRow<T>>(ENTITY)
      .query()
      .index('by-project', { partition: [project] })
      .where(WhereConditions.between(from, to))
      .sort(Sort.DESC)
      .limit(limit);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    return { rows: page.results, nextCursor: page.nextCursor ?? null };
  }

  /** Deletes the rows of days before `day`; answers how many. */
  async deleteBefore(project: string, day: string): Promise<number> {
    const old = await this.list(project, '0000-00-00', previous(day));
    for (const row of old) await kvs.entity(ENTITY).delete(row.key);
    return old.length;
  }
}

/** The day before a YYYY-MM-DD day. */
function previous(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
