import type { KeyValueStore } from '../../stores/key-value-store';
import { keys } from '../../stores/storage-keys';

export interface TickRecord {
  itemId: string;
  accountId: string;
  displayName: string;
  ticked: boolean;
  at: string;
  /** Why, in the TPM's words (at most 500 characters). */
  note?: string;
}

/** The checklist's hand ticks: one record per person, item and period, so concurrent ticks never collide. */
export class TickRecords {
  constructor(private readonly kv: KeyValueStore) {}

  recordTick(project: string, period: string, record: TickRecord): Promise<void> {
    return this.kv.set(keys.tick(project, period, record.itemId, record.accountId), record);
  }

  async ticks(project: string, period: string): Promise<TickRecord[]> {
    return (await this.kv.list<TickRecord>(keys.ticksPrefix(project, period))).map((e) => e.value);
  }
}
