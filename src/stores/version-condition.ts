import { Filter, FilterConditions } from '@forge/kvs';

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
