import { z } from 'zod';
import { date, instant, sprintSchema } from './common-shapes';

/**
 * The snapshot's delivery parts (checks-delivery.md): a pull request's CI, the next sprint's
 * issues, the project's unreleased versions and the risk register. All optional, in Jira's
 * (or the app's own) shapes, loose like the rest of the snapshot.
 */
/** Jira sends ids as strings; a hand-written snapshot may hold numbers. */
const id = z.union([z.string().min(1), z.number()]);

/** The combined CI state of a pull request's head commit. */
export const ciSchema = z.looseObject({
  state: z.enum(['success', 'failure', 'pending', 'none']),
  failed: z.array(z.string()).optional(),
  url: z.string().nullish(),
});

const upcomingIssueSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  fields: z.looseObject({
    summary: z.string().optional(),
    status: z
      .looseObject({ name: z.string(), statusCategory: z.looseObject({ key: z.string() }).optional() })
      .optional(),
    issuetype: z
      .looseObject({ name: z.string(), subtask: z.boolean().optional(), hierarchyLevel: z.number().optional() })
      .optional(),
    parent: z
      .looseObject({
        id: z.string().optional(),
        key: z.string().optional(),
        fields: z
          .looseObject({ issuetype: z.looseObject({ hierarchyLevel: z.number().optional() }).optional() })
          .optional(),
      })
      .nullish(),
    /** ADF (API v3) or plain text. */
    description: z.unknown().optional(),
    assignee: z.looseObject({ accountId: z.string(), displayName: z.string().optional() }).nullish(),
  }),
});

export const upcomingSchema = z.looseObject({
  sprint: sprintSchema.nullish(),
  issues: z.array(upcomingIssueSchema),
});

const statusCounts = z.looseObject({
  unmapped: z.number().int().nonnegative().optional(),
  toDo: z.number().int().nonnegative().optional(),
  inProgress: z.number().int().nonnegative().optional(),
  done: z.number().int().nonnegative().optional(),
});

export const versionSchema = z.looseObject({
  id,
  name: z.string(),
  releaseDate: date.nullish(),
  released: z.boolean().optional(),
  archived: z.boolean().optional(),
  overdue: z.boolean().optional(),
  issuesStatusForFixVersion: statusCounts.optional(),
});

export const RISK_STATUSES = ['open', 'mitigating', 'closed'] as const;
const score = z.number().int().min(1).max(5);

export const riskSchema = z.looseObject({
  id,
  title: z.string(),
  probability: score,
  impact: score,
  owner: z.string().nullish(),
  mitigation: z.string().nullish(),
  status: z.enum(RISK_STATUSES),
  reviewedAt: instant.nullish(),
  issueKeys: z.array(z.string()).optional(),
});

export type Upcoming = z.output<typeof upcomingSchema>;
export type UpcomingIssue = Upcoming['issues'][number];
export type Version = z.output<typeof versionSchema>;
export type Risk = z.output<typeof riskSchema>;
export type Ci = z.output<typeof ciSchema>;
