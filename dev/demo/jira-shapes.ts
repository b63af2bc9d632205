import { DateTime } from 'luxon';

/**
 * Builders of Jira Cloud REST payloads (platform v3 shapes), for the demo data set and the
 * benchmark: what `POST /rest/api/3/search/jql` and `/changelog/bulkfetch` return.
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/
 */
export const SITE = 'https://focus-walk-demo.atlassian.net';
const API = `${SITE}/rest/api/3`;

export interface DemoUser {
  accountId: string;
  displayName: string;
  timeZone: string;
  accountType?: 'atlassian' | 'app';
  active?: boolean;
  email?: string;
}

/** Jira's instant format, in a zone: `2026-11-19T08:58:00.000+0100`. */
export function jiraTime(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZZZ");
}

/** The instant of a local wall-clock time (`2026-11-18`, `09:30`) in a zone. */
export function at(date: string, time: string, zone: string): number {
  return DateTime.fromISO(`${date}T${time}`, { zone }).toMillis();
}

const userCache = new Map<string, Record<string, unknown>>();

/** A user as Jira embeds it (author, assignee); one shared object per user keeps big data sets small. */
export function userJson(u: DemoUser): Record<string, unknown> {
  let json = userCache.get(u.accountId);
  if (!json) userCache.set(u.accountId, (json = buildUserJson(u)));
  return json;
}

function buildUserJson(u: DemoUser): Record<string, unknown> {
  const avatar = `https://avatar-management.services.atlassian.com/default/${u.accountId}`;
  return {
    self: `${API}/user?accountId=${u.accountId}`,
    accountId: u.accountId,
    ...(u.accountType === 'app' ? {} : { emailAddress: u.email ?? `${u.accountId}@acme.test` }),
    avatarUrls: { '48x48': `${avatar}/48`, '24x24': `${avatar}/24`, '16x16': `${avatar}/16`, '32x32': `${avatar}/32` },
    displayName: u.displayName,
    active: u.active ?? true,
    timeZone: u.timeZone,
    accountType: u.accountType ?? 'atlassian',
  };
}

const CATEGORIES = {
  new: { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, key: 'done', colorName: 'green', name: 'Done' },
} as const;

export type CategoryKey = keyof typeof CATEGORIES;

/** The workflow of the demo site: status name -> (id, category). */
export const STATUSES: Record<string, { id: string; category: CategoryKey }> = {
  'To Do': { id: '10000', category: 'new' },
  Design: { id: '10001', category: 'indeterminate' },
  Research: { id: '10002', category: 'indeterminate' },
  Optimize: { id: '10003', category: 'indeterminate' },
  Implement: { id: '10004', category: 'indeterminate' },
  Review: { id: '10005', category: 'indeterminate' },
  Deploy: { id: '10006', category: 'indeterminate' },
  'Waiting for QA': { id: '10007', category: 'indeterminate' },
  Done: { id: '10008', category: 'done' },
};

export function statusJson(name: string): Record<string, unknown> {
  const s = STATUSES[name] ?? { id: '19999', category: 'indeterminate' as const };
  const c = CATEGORIES[s.category];
  return {
    self: `${API}/status/${s.id}`,
    description: '',
    iconUrl: `${SITE}/images/icons/statuses/generic.png`,
    name,
    id: s.id,
    statusCategory: { self: `${API}/statuscategory/${c.id}`, ...c },
  };
}

const TYPES: Record<string, { id: string; level: number; subtask: boolean }> = {
  Epic: { id: '10000', level: 1, subtask: false },
  Story: { id: '10001', level: 0, subtask: false },
  Task: { id: '10002', level: 0, subtask: false },
  Bug: { id: '10003', level: 0, subtask: false },
  Incident: { id: '10004', level: 0, subtask: false },
  Improvement: { id: '10006', level: 0, subtask: false },
  Subtask: { id: '10005', level: -1, subtask: true },
};

export function issueTypeJson(name: string): Record<string, unknown> {
  const t = TYPES[name] ?? { id: '10002', level: 0, subtask: false };
  return {
    self: `${API}/issuetype/${t.id}`,
    id: t.id,
    description: '',
    iconUrl: `${SITE}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${t.id}?size=medium`,
    name,
    subtask: t.subtask,
    avatarId: Number(t.id),
    hierarchyLevel: t.level,
  };
}

const PRIORITIES: Record<string, string> = { Highest: '1', High: '2', Medium: '3', Low: '4', Lowest: '5' };

export function priorityJson(name: string): Record<string, unknown> {
  const id = PRIORITIES[name] ?? '3';
  return {
    self: `${API}/priority/${id}`,
    iconUrl: `${SITE}/images/icons/priorities/${name.toLowerCase()}.svg`,
    name,
    id,
  };
}

/** An ADF document: one paragraph per line; `@Name` at a line start becomes a mention. */
export function adfDoc(text: string, mentions: Record<string, string> = {}): Record<string, unknown> {
  return {
    type: 'doc',
    version: 1,
    content: text.split('\n').map((line) => {
      const mention = /^@(\S+)\s(.*)$/.exec(line);
      const id = mention ? mentions[mention[1] ?? ''] : undefined;
      if (mention && id) {
        return {
          type: 'paragraph',
          content: [
            { type: 'mention', attrs: { id, text: `@${mention[1] ?? ''}`, accessLevel: '' } },
            { type: 'text', text: ` ${mention[2] ?? ''}` },
          ],
        };
      }
      return { type: 'paragraph', content: line ? [{ type: 'text', text: line }] : [] };
    }),
  };
}

export function commentJson(
  issueId: string,
  id: string,
  author: DemoUser,
  ms: number,
  body: unknown,
): Record<string, unknown> {
  const created = jiraTime(ms, author.timeZone);
  return {
    self: `${API}/issue/${issueId}/comment/${id}`,
    id,
    author: userJson(author),
    body,
    updateAuthor: userJson(author),
    created,
    updated: created,
    jsdPublic: true,
  };
}

export function worklogJson(
  issueId: string,
  id: string,
  author: DemoUser,
  startedMs: number,
  seconds: number,
  note: string,
): Record<string, unknown> {
  const started = jiraTime(startedMs, author.timeZone);
  const logged = jiraTime(startedMs + seconds * 1000, author.timeZone);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.round((seconds % 3600) / 60);
  return {
    self: `${API}/issue/${issueId}/worklog/${id}`,
    author: userJson(author),
    updateAuthor: userJson(author),
    comment: adfDoc(note),
    created: logged,
    updated: logged,
    started,
    timeSpent: [hours ? `${hours}h` : '', minutes ? `${minutes}m` : ''].filter(Boolean).join(' ') || '0m',
    timeSpentSeconds: seconds,
    id,
    issueId,
  };
}

export interface ChangeItem {
  field: string;
  fieldtype: string;
  fieldId?: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export function statusItem(from: string, to: string): ChangeItem {
  return {
    field: 'status',
    fieldtype: 'jira',
    fieldId: 'status',
    from: STATUSES[from]?.id ?? null,
    fromString: from,
    to: STATUSES[to]?.id ?? null,
    toString: to,
  };
}

export function assigneeItem(from: DemoUser | null, to: DemoUser | null): ChangeItem {
  return {
    field: 'assignee',
    fieldtype: 'jira',
    fieldId: 'assignee',
    from: from?.accountId ?? null,
    fromString: from?.displayName ?? null,
    to: to?.accountId ?? null,
    toString: to?.displayName ?? null,
  };
}

export function linkItem(blockerKey: string): ChangeItem {
  return {
    field: 'Link',
    fieldtype: 'jira',
    from: null,
    fromString: null,
    to: blockerKey,
    toString: `This issue is blocked by ${blockerKey}`,
  };
}

export function flagItem(): ChangeItem {
  return {
    field: 'Flagged',
    fieldtype: 'custom',
    fieldId: 'customfield_10021',
    from: null,
    fromString: null,
    to: '[10019]',
    toString: 'Impediment',
  };
}

/** A changelog entry; null `from`/`to` values are left out, as the ChangeDetails schema has them as strings. */
export function historyJson(id: string, author: DemoUser, ms: number, items: ChangeItem[]): Record<string, unknown> {
  const compact = items.map((item) => Object.fromEntries(Object.entries(item).filter(([, v]) => v !== null)));
  return { id, author: userJson(author), created: jiraTime(ms, author.timeZone), items: compact };
}
