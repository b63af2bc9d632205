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
  /**
   * Each person with the order of the mention they were taken from (-Infinity: the users list,
   * which no mention replaces). One map, one lookup a mention: a 20,000-issue walk adds 600,000.
   */
  private readonly byId = new Map<string, { person: Person; mentionedAt: number }>();

  constructor(private readonly settings: Settings) {}

  get(accountId: string): Person | undefined {
    return this.byId.get(accountId)?.person;
  }

  /**
   * A user of the users list (authoritative) is taken as it is, over anything known; a mention
   * (an assignee or author) only fills in whom the list does not have: the mention of the lowest
   * `order` wins, the first added among equals, whatever order the issues are read in.
   * Answers the account id as the first string that named the person (their Person's): the
   * columns hold it in place of each comment's own copy, so the checks' comparisons and lookups
   * on 600,000 rows stay in a few cache lines instead of reaching back into the parsed JSON.
   */
  add(user: UserRef, authoritative: boolean, order = 0): string {
    const entry = this.byId.get(user.accountId);
    let known = entry?.person;
    const id = known?.accountId ?? user.accountId;
    if (!authoritative && entry) {
      if (entry.mentionedAt <= order) return id;
      known = undefined; // an earlier mention replaces a later one whole
    }
    const person: Person = {
      accountId: id,
      displayName: user.displayName ?? known?.displayName ?? id,
      accountType: user.accountType ?? known?.accountType ?? null,
      active: user.active ?? known?.active ?? null,
      zone: isValidZone(user.timeZone) ? user.timeZone : this.settings.timezone,
    };
    const mentionedAt = authoritative ? -Infinity : order;
    if (entry) {
      entry.person = person;
      entry.mentionedAt = mentionedAt;
    } else this.byId.set(id, { person, mentionedAt });
    return id;
  }

  /**
   * The team (checks.md): settings.members when set, else the sprint's assignees who are active
   * Atlassian users (apps and deactivated users are never members), by name.
   */
  members(assignees: readonly (string | null)[]): Person[] {
    if (this.settings.members.length > 0) {
      return [...new Set(this.settings.members)].map(
        (id) =>
          this.byId.get(id)?.person ?? {
            accountId: id,
            displayName: id,
            accountType: null,
            active: null,
            zone: this.settings.timezone,
          },
      );
    }
    const members = new Map<string, Person>();
    for (let i = 0; i < assignees.length; i++) {
      const id = assignees[i];
      const person = id ? this.byId.get(id)?.person : undefined;
      if (person && person.active === true && person.accountType === 'atlassian') members.set(person.accountId, person);
    }
    return [...members.values()].sort(
      (a, b) => byString(a.displayName, b.displayName) || byString(a.accountId, b.accountId),
    );
  }
}
