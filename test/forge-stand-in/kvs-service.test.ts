import { kvs, WhereConditions, type ForgeKvsAPIError } from '@forge/kvs';
import { ForgeRuntime } from '../../dev/forge-stand-in/forge-runtime';

/** @forge/kvs unchanged, its REST calls answered by the stand-in with Forge's limits. */
let runtime: ForgeRuntime;
beforeEach(() => {
  runtime = new ForgeRuntime({ siteUrl: 'http://127.0.0.1:9' });
  runtime.install();
});
afterEach(() => runtime.uninstall());

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'OK';
  } catch (error) {
    return (error as ForgeKvsAPIError).code;
  }
}

describe('the Forge storage stand-in, through @forge/kvs', () => {
  test('get / set / delete, and a missing key reads as undefined', async () => {
    await kvs.set('settings:FW', { a: 1 });
    expect(await kvs.get('settings:FW')).toEqual({ a: 1 });
    await kvs.delete('settings:FW');
    expect(await kvs.get('settings:FW')).toBeUndefined();
  });

  test.each([
    ['tick:FW:712020%3Aabc', 'INVALID_KEY'],
    ['   ', 'INVALID_KEY'],
    ['a/b', 'INVALID_KEY'],
    ['x'.repeat(501), 'KEY_TOO_LONG'],
    ['', 'EMPTY_KEY'],
    ['tick:FW:712020:abc #1', 'OK'],
    ['x'.repeat(500), 'OK'],
  ])('key %p: %s', async (key, code) => {
    expect(await codeOf(kvs.set(key, 1))).toBe(code);
  });

  test('values: 240 KiB and 31 levels at most', async () => {
    expect(await codeOf(kvs.set('big', 'x'.repeat(240 * 1024 - 2)))).toBe('OK');
    expect(await codeOf(kvs.set('big', 'x'.repeat(240 * 1024)))).toBe('MAX_SIZE');
    const nest = (n: number): unknown => (n === 0 ? 1 : { a: nest(n - 1) });
    expect(await codeOf(kvs.set('deep', nest(31)))).toBe('OK');
    expect(await codeOf(kvs.set('deep', nest(32)))).toBe('MAX_DEPTH');
    expect(runtime.kvs.largestValue.bytes).toBe(240 * 1024);
  });

  test('query: key prefix, pages of at most 100 with a cursor, and the limit enforced', async () => {
    for (let i = 0; i < 250; i++) await kvs.set(`history:FW:${String(i).padStart(3, '0')}`, i);
    await kvs.set('history:FX:000', -1);
    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      let q = kvs.query().where('key', WhereConditions.beginsWith('history:FW:')).limit(100);
      if (cursor) q = q.cursor(cursor);
      const page = await q.getMany<number>();
      seen.push(...page.results.map((r) => r.value));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 250 }, (_, i) => i));
    expect(await codeOf(kvs.query().where('key', WhereConditions.beginsWith('h')).limit(101).getMany())).toBe(
      'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE',
    );
  });

  test("custom entities: the manifest's attributes and indexes", async () => {
    const entity = kvs.entity<Record<string, unknown>>('reading-entry');
    await entity.set('e1', { id: 'e1', accountId: 'a', date: '2026-11-18', minutes: 10, pageIds: [], at: 'x' });
    await entity.set('e2', { id: 'e2', accountId: 'a', date: '2026-11-19', minutes: 20, pageIds: [], at: 'x' });
    await entity.set('e3', { id: 'e3', accountId: 'b', date: '2026-11-19', minutes: 30, pageIds: [], at: 'x' });
    const mine = await entity
      .query()
      .index('by-account', { partition: ['a'] })
      .where(WhereConditions.between('2026-11-19', '2026-11-19'))
      .getMany();
    expect(mine.results.map((r) => r.key)).toEqual(['e2']);
    const day = await entity
      .query()
      .index('by-date')
      .where(WhereConditions.between('2026-11-19', '2026-11-19'))
      .getMany();
    expect(day.results.map((r) => r.key).sort()).toEqual(['e2', 'e3']);
    expect(await codeOf(entity.set('e4', { id: 'e4', minutes: 'ten' }))).toBe('INVALID_ENTITY_VALUE');
    expect(await codeOf(entity.set('e5', { id: 'e5', nickname: 'x' }))).toBe('INVALID_ENTITY_VALUE');
    expect(await codeOf(kvs.entity('no-such-entity').set('k', {}))).toBe('INVALID_ENTITY_TYPE');
  });

  test('transactions: all or nothing, at most 25 operations, each key once', async () => {
    await kvs.transact().set('t:a', 1).set('t:b', 2).execute();
    expect([await kvs.get('t:a'), await kvs.get('t:b')]).toEqual([1, 2]);
    expect(await codeOf(kvs.transact().set('t:c', 3).set('bad%key', 4).execute())).toBe('INVALID_KEY');
    expect(await kvs.get('t:c')).toBeUndefined();
    let many = kvs.transact();
    for (let i = 0; i < 26; i++) many = many.set(`t:${i}x`, i);
    expect(await codeOf(many.execute())).toBe('TOO_MANY_OPERATIONS');
    expect(await codeOf(kvs.transact().set('t:a', 1).delete('t:a').execute())).toBe('DUPLICATE_KEY');
  });

  test('secrets are kept apart: never listed by a query', async () => {
    await kvs.setSecret('codehost-token:FW', 'ghp_secret');
    expect(await kvs.getSecret('codehost-token:FW')).toBe('ghp_secret');
    const all = await kvs.query().where('key', WhereConditions.beginsWith('codehost')).getMany();
    expect(all.results).toEqual([]);
    expect(JSON.stringify(runtime.kvs.values())).not.toContain('ghp_secret');
  });
});
