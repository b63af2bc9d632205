import { Filter, FilterConditions, ForgeKvsAPIError } from '@forge/kvs';

/**
 * A compare-and-set on a custom-entity row with a `version` attribute, as a transaction's entity
 * argument: the set lands only while the row still has the version that was read, or (null)
 * while there is no row yet. A transaction whose condition fails writes nothing, so of two
 * concurrent writers only the first lands.
 */
export function ifVersion<T extends { version: number }>(
  entityName: string,
  expected: number | null,
): { entityName: string; conditions: ReturnType<Filter<T>['and']> } {
  const conditions =
    expected === null
      ? new Filter<T>().and('version', FilterConditions.notExists())
      : new Filter<T>().and('version', FilterConditions.equalTo(expected));
  return { entityName, conditions };
}

/**
 * Whether a compare-and-set that threw was refused by its condition (another writer's row is
 * there) rather than by storage itself (a 500, a 429, a limit). Forge documents no code for a
 * failed condition, so the row is read again: only a row at another version than `expected`
 * (or any row where none was expected) means "held". Any other failure is a storage error, and
 * the caller sees it: it is never read as success, nor as "someone else has it".
 */
export async function heldByAnother(
  error: unknown,
  expected: number | null,
  reread: () => Promise<{ version: number } | undefined>,
): Promise<boolean> {
  if (!(error instanceof ForgeKvsAPIError)) throw error;
  const row = await reread(); // a failing read throws too: still a storage error
  const held = expected === null ? row !== undefined : row !== undefined && row.version !== expected;
  if (held) return true;
  throw error;
}
