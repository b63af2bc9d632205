import { kvs, WhereConditions } from '@forge/kvs';
import type { KeyValueStore } from './key-value-store';

/** @forge/kvs behind the store interface; list() follows the query cursor to the end. */
export class KvsStore implements KeyValueStore {
  get<T>(key: string): Promise<T | undefined> {
    return kvs.get<T>(key);
  }

  set<T>(key: string, value: T): Promise<void> {
    return kvs.set(key, value);
  }

  delete(key: string): Promise<void> {
    return kvs.delete(key);
  }

  getSecret(key: string): Promise<string | undefined> {
    return kvs.getSecret<string>(key);
  }

  setSecret(key: string, value: string): Promise<void> {
    return kvs.setSecret(key, value);
  }

  deleteSecret(key: string): Promise<void> {
    return kvs.deleteSecret(key);
  }

  async list<T>(prefix: string, pageSize = 100): Promise<Array<{ key: string; value: T }>> {
    const out: Array<{ key: string; value: T }> = [];
    let cursor: string | undefined;
    do {
      let query = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(pageSize);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany<T>();
      out.push(...page.results.map((r) => ({ key: r.key, value: r.value })));
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  }
}
