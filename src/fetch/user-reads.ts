import type pLimit from 'p-limit';
import type { Requester } from './requester';
import { chunks } from '../core/chunks';
import { USER_BATCH, bulkUsers } from './jira/bulk-users';

/** A person as `/rest/api/3/user/bulk` returns them (time zone, account type, active). */
export type UserBean = Record<string, unknown> & { accountId: string; displayName?: string };

const byAccountId = (a: UserBean, b: UserBean): number =>
  a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0;

/**
 * The people a walk's issues name, read 100 a call, each person once. The fetch asks for those
 * of the first bulk page as soon as it lands (a team is mostly named there), and for the rest
 * after the last page: the users call no longer waits at the end of the walk's critical path
 * unless a later page names someone new. At most one call more than reading them all at the end.
 */
export class UserReads {
  private readonly asked = new Set<string>();
  private readonly reads: Array<Promise<unknown[]>> = [];

  constructor(
    private readonly api: Requester,
    private readonly limit: pLimit.Limit,
  ) {}

  /** Starts reading the people among `accountIds` not asked for yet. */
  ask(accountIds: Iterable<string>): void {
    const fresh = [...new Set(accountIds)].filter((id) => !this.asked.has(id)).sort();
    for (const id of fresh) this.asked.add(id);
    for (const batch of chunks(fresh, USER_BATCH)) {
      const read = this.limit(() => bulkUsers(this.api, batch));
      read.catch(() => undefined); // awaited in all(); this only keeps an early failure from counting as unhandled
      this.reads.push(read);
    }
  }

  /** Everyone read, by account id (the order does not depend on when each was asked for). */
  async all(): Promise<UserBean[]> {
    return ((await Promise.all(this.reads)).flat() as UserBean[]).sort(byAccountId);
  }
}
