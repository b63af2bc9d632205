import { bulkUsers } from '../../fetch/jira/bulk-users';
import type { Requester } from '../../fetch/requester';
import { InputError } from '../../core/input-error';
import type { Settings } from '../../settings/schema';

/** The settings that name people, by account id. */
const PEOPLE_FIELDS = ['members', 'digest.recipients', 'escalation.level2', 'escalation.level3'] as const;

const idsAt = (s: Settings, field: (typeof PEOPLE_FIELDS)[number]): string[] =>
  field === 'members'
    ? s.members
    : field === 'digest.recipients'
      ? s.digest.recipients
      : field === 'escalation.level2'
        ? s.escalation.level2
        : s.escalation.level3;

/**
 * Every person the settings name is a Jira user the saving admin can see (`/rest/api/3/user/bulk`,
 * as that admin): a typo such as `tess` is refused at once, naming each field, not found later
 * when a digest goes nowhere.
 */
export async function checkPeople(api: Requester, settings: Settings): Promise<void> {
  const all = [...new Set(PEOPLE_FIELDS.flatMap((f) => idsAt(settings, f)))];
  if (all.length === 0) return;
  const known = new Set(((await bulkUsers(api, all)) as Array<{ accountId: string }>).map((u) => u.accountId));
  const problems = PEOPLE_FIELDS.flatMap((field) =>
    idsAt(settings, field).flatMap((id, n) =>
      known.has(id)
        ? []
        : [{ field: `${field}[${n}]`, message: `no Jira user has the account id "${id.slice(0, 80)}"` }],
    ),
  );
  const first = problems[0];
  if (!first) return;
  const error = new InputError('settings', first.field, first.message);
  (error as { problems?: typeof problems }).problems = problems;
  throw error;
}
