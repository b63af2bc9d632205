import { kvs } from '@forge/kvs';
import { keys } from './storage-keys';
import { heldByAnother, ifVersion } from './version-condition';

/** The `settings-rev` custom entity: one row per project, the revision of its settings document. */
const ENTITY = 'settings-rev';

interface Row {
  project: string;
  version: number;
}

/**
 * A project's settings saved against the revision the editor read: the document (a KVS key, as
 * before) and its revision row are written in one transaction, on condition that the row is
 * still at that revision. Of two admins saving at once, the second is told the settings changed
 * since they were opened, and nothing of the first is lost.
 */
export class SettingsStore {
  /** The settings' revision: 0 before the first save under revisions. */
  async revision(project: string): Promise<number> {
    return (await kvs.entity<Row>(ENTITY).get(keys.settingsRevision(project)))?.version ?? 0;
  }

  /** Saves when the revision is still `expected`; answers the new revision, or null when another save came first. */
  async save(project: string, settings: unknown, expected: number): Promise<number | null> {
    const next = expected + 1;
    try {
      await kvs
        .transact()
        .set(keys.settings(project), settings)
        .set(
          keys.settingsRevision(project),
          { project, version: next },
          ifVersion<Row>(ENTITY, expected === 0 ? null : expected),
        )
        .execute();
      return next;
    } catch (error) {
      const reread = async () => {
        const row = await kvs.entity<Row>(ENTITY).get(keys.settingsRevision(project));
        return row ? { version: row.version } : undefined;
      };
      await heldByAnother(error, expected === 0 ? null : expected, reread);
      return null;
    }
  }
}
