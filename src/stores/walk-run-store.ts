import { kvs } from '@forge/kvs';
import { keys } from './storage-keys';
import { heldByAnother, ifVersion } from './version-condition';

/** The `walk-run` custom entity: one row per project, the project's latest background walk. */
const ENTITY = 'walk-run';

interface Row {
  project: string;
  version: number;
  run: unknown;
}

/**
 * A project's walk run with compare-and-set: `put` writes only when the row still has the
 * version that was read (or does not exist yet), so two clicks on Refresh start one walk.
 */
export class WalkRunStore {
  async get<T>(project: string): Promise<{ run: T; version: number } | undefined> {
    const row = await kvs.entity<Row>(ENTITY).get(keys.walkRun(project));
    return row ? { run: row.run as T, version: row.version } : undefined;
  }

  /** Writes `run` if the row's version is still `expected` (null: no row yet); false when another writer came first. */
  async put<T>(project: string, run: T, expected: number | null): Promise<boolean> {
    try {
      await kvs
        .transact()
        .set(keys.walkRun(project), { project, version: (expected ?? 0) + 1, run }, ifVersion<Row>(ENTITY, expected))
        .execute();
      return true;
    } catch (error) {
      return !(await heldByAnother(error, expected, () => kvs.entity<Row>(ENTITY).get(keys.walkRun(project))));
    }
  }
}
