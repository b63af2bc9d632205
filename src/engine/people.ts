import type { UserRef } from '../snapshot/schema';
import type { Settings } from '../settings/schema';
import { isValidZone } from '../core/time/zones';

/** A person the walk knows of (users, assignees, authors). */
export interface Person {
  accountId: string;
  displayName: string;
  accountType: string | null;
  active: boolean | null;
  zone: string;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Everyone a walk meets, by account id: the snapshot's users are authoritative, the people an
 * issue names (assignee, authors) fill in whom the users do not list.
 */
export class People {
  private readonly byId = new Map<string, Person>();

  constructor(private readonly settings: Settings) {}

  get(accountId: string): Person | undefined {
    return this.byId.get(accountId);
  }

  add(user: UserRef, authoritative: boolean): void {
    const known = this.byId.get(user.accountId);
    if (known && !authoritative) return;
    this.byId.set(user.accountId, {
      accountId: user.accountId,
      displayName: user.displayName ?? known?.displayName ?? user.accountId,
      accountType: user.accountType ?? known?.accountType ?? null,
      active: user.active ?? known?.active ?? null,
      zone: isValidZone(user.timeZone) ? user.timeZone : this.settings.timezone,
    });
  }

  /**
   * The team (checks.md): settings.members when set, else the sprint's assignees who are active
   * Atlassian users (apps and deactivated users are never members), by name.
   */
  members(assignees: Iterable<string | null>): Person[] {
    if (this.settings.members.length > 0) {
      return [...new Set(this.settings.members)].map(
        (id) =>
          this.byId.get(id) ?? {
            accountId: id,
            displayName: id,
            accountType: null,
            active: null,
            zone: this.settings.timezone,
          },
      );
    }
    const members = new Map<string, Person>();
    for (const id of assignees) {
      const person = id ? this.byId.get(id) : undefined;
      if (person && person.active === true && person.accountType === 'atlassian') members.set(person.accountId, person);
    }
    return [...members.values()].sort(
      (a, b) => byString(a.displayName, b.displayName) || byString(a.accountId, b.accountId),
    );
  }
}
