/**
 * Test data in Jira's REST shapes, `generateX({...overrides})` style: each test states only
 * what matters to it. Ids are derived from keys so that snapshots stay readable.
 */
import type { SnapshotInput } from '../../src/snapshot/schema';
import type { Report } from '../../src/engine/report';
import { walk } from '../../src/engine/walk';

type Json = Record<string, unknown>;

export const AT = '2026-11-19T12:00:00.000+0000'; // Thursday

export interface UserSpec {
  accountId: string;
  displayName?: string;
  timeZone?: string | null;
  accountType?: 'atlassian' | 'app' | 'customer';
  active?: boolean;
}

export function generateUser(spec: UserSpec): Json {
  return {
    accountId: spec.accountId,
    displayName: spec.displayName ?? spec.accountId,
    accountType: spec.accountType ?? 'atlassian',
    active: spec.active ?? true,
    timeZone: spec.timeZone === undefined ? 'UTC' : spec.timeZone,
  };
}

export const ref = (accountId: string): Json => ({ accountId, displayName: accountId });

/** An ADF document with one paragraph per line of text. */
export function adf(...paragraphs: string[]): Json {
  return {
    type: 'doc',
    version: 1,
    content: paragraphs.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })),
  };
}

let commentSeq = 0;
export function generateComment(spec: {
  author: string;
  created: string;
  text?: string;
  body?: unknown;
  id?: string;
}): Json {
  return {
    id: spec.id ?? String(++commentSeq + 10000),
    author: ref(spec.author),
    body: spec.body ?? adf(spec.text ?? 'a comment'),
    created: spec.created,
    updated: spec.created,
  };
}

export function generateWorklog(spec: { author: string; started: string; seconds?: number }): Json {
  return { author: ref(spec.author), started: spec.started, timeSpentSeconds: spec.seconds ?? 3600 };
}

const CATEGORY: Record<string, string> = {
  done: 'done',
  'to do': 'new',
  backlog: 'new',
  ready: 'new',
  selected: 'new',
};

export interface IssueSpec {
  key: string;
  status?: string;
  category?: string;
  assignee?: string | null;
  type?: string;
  subtask?: boolean;
  hierarchyLevel?: number;
  parent?: Json | null | 'epic';
  labels?: string[];
  links?: Json[];
  priority?: string;
  fixVersions?: string[];
  created?: string;
  comments?: Json[];
  worklogs?: Json[];
  fields?: Json;
}

export const issueId = (key: string): string => String(10000 + Number(key.split('-')[1] ?? 0));

export function generateIssue(spec: IssueSpec): Json {
  const status = spec.status ?? 'Implement';
  const comments = spec.comments ?? [];
  const worklogs = spec.worklogs ?? [];
  return {
    id: issueId(spec.key),
    key: spec.key,
    self: `https://acme.atlassian.net/rest/api/3/issue/${issueId(spec.key)}`,
    fields: {
      summary: `Summary of ${spec.key}`,
      status: {
        id: '1',
        name: status,
        statusCategory: { key: spec.category ?? CATEGORY[status.toLowerCase()] ?? 'indeterminate' },
      },
      assignee: spec.assignee ? ref(spec.assignee) : null,
      issuetype: {
        name: spec.type ?? (spec.subtask ? 'Sub-task' : 'Story'),
        subtask: spec.subtask ?? false,
        hierarchyLevel: spec.hierarchyLevel ?? (spec.subtask ? -1 : 0),
      },
      ...(spec.parent === null
        ? {}
        : {
            parent:
              spec.parent === undefined || spec.parent === 'epic'
                ? {
                    id: '9001',
                    key: 'FW-1000',
                    fields: { summary: 'Epic', issuetype: { name: 'Epic', hierarchyLevel: 1 } },
                  }
                : spec.parent,
          }),
      labels: spec.labels ?? ['feature'],
      issuelinks: spec.links ?? [],
      priority: { name: spec.priority ?? 'Medium' },
      fixVersions: (spec.fixVersions ?? []).map((name, i) => ({ id: String(i + 1), name })),
      created: spec.created ?? '2026-11-02T09:00:00.000+0000',
      updated: spec.created ?? '2026-11-02T09:00:00.000+0000',
      comment: { comments, maxResults: comments.length, total: comments.length, startAt: 0 },
      worklog: { worklogs, maxResults: worklogs.length, total: worklogs.length, startAt: 0 },
      ...spec.fields,
    },
  };
}

/** A Blocks link: this issue "is blocked by" `key`. */
export function blockedBy(key: string, category = 'indeterminate'): Json {
  return {
    id: `l-${key}`,
    type: { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
    inwardIssue: {
      id: issueId(key),
      key,
      fields: { status: { name: 'Implement', statusCategory: { key: category } } },
    },
  };
}

export function history(created: string, items: Json[]): Json {
  return { id: `h-${created}`, author: ref('someone'), created, items };
}

export const statusChange = (from: string, to: string): Json => ({
  field: 'status',
  fieldtype: 'jira',
  fieldId: 'status',
  from: '1',
  fromString: from,
  to: '2',
  toString: to,
});
export const assigneeChange = (from: string | null, to: string | null): Json => ({
  field: 'assignee',
  fieldtype: 'jira',
  fieldId: 'assignee',
  from,
  fromString: from,
  to,
  toString: to,
});

export interface SnapshotSpec {
  issues: Json[];
  users?: Json[];
  changelogs?: Json[] | null;
  development?: Json;
  readingLog?: Json[];
  sprint?: Json | null;
  fields?: Json;
  /** checks-delivery.md's optional parts. */
  upcoming?: unknown;
  versions?: unknown[];
  risks?: unknown[];
}

/** A snapshot; changelogs default to one empty log per issue (present but no history). */
export function generateSnapshot(spec: SnapshotSpec): SnapshotInput {
  const issues = spec.issues as Array<{ id: string }>;
  return {
    version: 1,
    site: 'https://acme.atlassian.net',
    fetchedAt: AT,
    project: { id: '10000', key: 'FW', name: 'Focus Walk' },
    sprint:
      spec.sprint === undefined
        ? {
            id: 7,
            name: 'FW Sprint 7',
            state: 'active',
            startDate: '2026-11-09T08:00:00.000Z',
            endDate: '2026-11-20T17:00:00.000Z',
          }
        : spec.sprint,
    board: { id: 3, name: 'FW board', columns: [] },
    fields: spec.fields ?? { storyPoints: 'customfield_10016', flagged: 'customfield_10021', development: null },
    issues: spec.issues,
    ...(spec.changelogs === null
      ? {}
      : { changelogs: spec.changelogs ?? issues.map((i) => ({ issueId: i.id, changeHistories: [] })) }),
    users: spec.users ?? [],
    ...(spec.development ? { development: spec.development } : {}),
    ...(spec.readingLog ? { readingLog: spec.readingLog } : {}),
    ...(spec.upcoming ? { upcoming: spec.upcoming } : {}),
    ...(spec.versions ? { versions: spec.versions } : {}),
    ...(spec.risks ? { risks: spec.risks } : {}),
  } as unknown as SnapshotInput;
}

export type Row = { code: string; issueKey: string | null; accountId: string | null; day: string | null };

/** The findings of one check, as stable tuples (no message text). */
export function findingsOf(report: Report, check: string): Row[] {
  return report.findings
    .filter((f) => f.check === check)
    .map(({ code, issueKey, accountId, day }) => ({ code, issueKey, accountId, day }));
}

/** The findings of one check with their `subject` (checks-delivery.md), as stable tuples. */
export function subjectFindingsOf(report: Report, check: string): Array<Row & { subject: string | null }> {
  return report.findings
    .filter((f) => f.check === check)
    .map(({ code, issueKey, accountId, day, subject }) => ({ code, issueKey, accountId, day, subject }));
}

/** A pull request of a snapshot's `development`. */
export function pullRequest(spec: {
  id: string;
  title?: string;
  status?: 'OPEN' | 'MERGED' | 'DECLINED';
  ci?: Json;
  approvals?: number;
  mergedAt?: string | null;
}): Json {
  return {
    id: spec.id,
    title: spec.title ?? `FW-1 change ${spec.id}`,
    status: spec.status ?? 'OPEN',
    url: `https://github.com/acme/app/pull/${spec.id}`,
    ...(spec.ci ? { ci: spec.ci } : {}),
    ...(spec.approvals !== undefined ? { approvals: spec.approvals } : {}),
    ...(spec.mergedAt !== undefined ? { mergedAt: spec.mergedAt } : {}),
  };
}

export function run(snapshot: unknown, settings: unknown = {}, at: string = AT): Report {
  return walk(snapshot, settings, at);
}
