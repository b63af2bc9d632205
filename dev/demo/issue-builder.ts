import { parseInstant } from '../../src/core/time/instant';
import {
  SITE,
  adfDoc,
  commentJson,
  historyJson,
  issueTypeJson,
  jiraTime,
  priorityJson,
  statusJson,
  userJson,
  worklogJson,
  type ChangeItem,
  type DemoUser,
} from './jira-shapes';

import { versionIdOf } from './demo-versions';

export interface IssuePlan {
  key: string;
  summary: string;
  type: string;
  status: string;
  assignee: DemoUser | null;
  reporter: DemoUser;
  created: number;
  points?: number | null;
  labels: string[];
  parent?: { key: string; id: string; summary: string; type: string } | null;
  priority?: string;
  fixVersions?: string[];
  flagged?: boolean;
  blockedBy?: Array<{ key: string; id: string; status: string }>;
}

export const FIELD_IDS = {
  storyPoints: 'customfield_10016',
  flagged: 'customfield_10021',
  development: 'customfield_10000',
  sprint: 'customfield_10020',
  /** The board estimates with the story points field (its configuration says so). */
  storyPointsFrom: 'board' as const,
};

/** Accumulates one issue's comments, worklogs and changelog, then writes Jira's JSON. */
export class IssueBuilder {
  readonly id: string;
  private readonly comments: Array<Record<string, unknown>> = [];
  private readonly worklogs: Array<Record<string, unknown>> = [];
  private readonly histories: Array<Record<string, unknown>> = [];
  private seq = 0;

  constructor(
    readonly plan: IssuePlan,
    private readonly cutoff: number,
  ) {
    this.id = String(10000 + Number(plan.key.split('-')[1]));
  }

  comment(author: DemoUser, ms: number, text: string, mentions: Record<string, string> = {}): this {
    if (ms <= this.cutoff)
      this.comments.push(
        commentJson(this.id, `${this.id}${String(++this.seq).padStart(3, '0')}`, author, ms, adfDoc(text, mentions)),
      );
    return this;
  }

  worklog(author: DemoUser, ms: number, seconds: number, note: string): this {
    if (ms + seconds * 1000 <= this.cutoff)
      this.worklogs.push(
        worklogJson(this.id, `${this.id}${String(++this.seq).padStart(3, '0')}`, author, ms, seconds, note),
      );
    return this;
  }

  change(author: DemoUser, ms: number, ...items: ChangeItem[]): this {
    if (ms <= this.cutoff)
      this.histories.push(historyJson(`${this.id}${String(++this.seq).padStart(3, '0')}`, author, ms, items));
    return this;
  }

  issueJson(): Record<string, unknown> {
    const p = this.plan;
    const tz = p.reporter.timeZone;
    const sorted = (list: Array<Record<string, unknown>>, field: string) =>
      [...list].sort((a, b) => parseInstant(String(a[field])) - parseInstant(String(b[field])));
    const comments = sorted(this.comments, 'created');
    const worklogs = sorted(this.worklogs, 'started');
    const updated = Math.max(p.created, ...this.histories.map((h) => parseInstant(String(h.created))));
    return {
      expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
      id: this.id,
      self: `${SITE}/rest/api/3/issue/${this.id}`,
      key: p.key,
      fields: {
        summary: p.summary,
        status: statusJson(p.status),
        assignee: p.assignee ? userJson(p.assignee) : null,
        issuetype: issueTypeJson(p.type),
        ...(p.parent
          ? {
              parent: {
                id: p.parent.id,
                key: p.parent.key,
                self: `${SITE}/rest/api/3/issue/${p.parent.id}`,
                fields: {
                  summary: p.parent.summary,
                  status: statusJson('Implement'),
                  priority: priorityJson('Medium'),
                  issuetype: issueTypeJson(p.parent.type),
                },
              },
            }
          : {}),
        labels: p.labels,
        issuelinks: (p.blockedBy ?? []).map((b, i) => ({
          id: `${this.id}${i}`,
          self: `${SITE}/rest/api/3/issueLink/${this.id}${i}`,
          type: {
            id: '10000',
            name: 'Blocks',
            inward: 'is blocked by',
            outward: 'blocks',
            self: `${SITE}/rest/api/3/issueLinkType/10000`,
          },
          inwardIssue: {
            id: b.id,
            key: b.key,
            self: `${SITE}/rest/api/3/issue/${b.id}`,
            fields: {
              summary: `Blocker ${b.key}`,
              status: statusJson(b.status),
              priority: priorityJson('Medium'),
              issuetype: issueTypeJson('Task'),
            },
          },
        })),
        priority: priorityJson(p.priority ?? 'Medium'),
        fixVersions: (p.fixVersions ?? []).map((name, i) => ({
          self: `${SITE}/rest/api/3/version/${versionIdOf(name) ?? `1000${i}`}`,
          id: versionIdOf(name) ?? `1000${i}`,
          name,
          archived: false,
          released: false,
        })),
        created: jiraTime(p.created, tz),
        updated: jiraTime(updated, tz),
        comment: {
          comments,
          self: `${SITE}/rest/api/3/issue/${this.id}/comment`,
          maxResults: comments.length,
          total: comments.length,
          startAt: 0,
        },
        worklog: { startAt: 0, maxResults: worklogs.length, total: worklogs.length, worklogs },
        [FIELD_IDS.storyPoints]: p.points ?? null,
        [FIELD_IDS.flagged]: p.flagged
          ? [{ self: `${SITE}/rest/api/3/customFieldOption/10019`, value: 'Impediment', id: '10019' }]
          : null,
        [FIELD_IDS.development]: '{}',
      },
    };
  }

  changelogJson(): Record<string, unknown> {
    return { issueId: this.id, changeHistories: this.histories };
  }
}
