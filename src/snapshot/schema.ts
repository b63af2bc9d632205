import { z } from 'zod';
import { date, instant, sprintSchema } from './common-shapes';
import { ciSchema, riskSchema, upcomingSchema, versionSchema } from './delivery-schema';

/**
 * The snapshot of snapshot.md, in Jira's own REST shapes. Only what the engine reads is
 * declared; every object is loose, so the extra fields Jira adds are kept and ignored.
 * No defaults: the validated input is used as it is (see parse-snapshot.ts), so readers
 * treat a missing list as empty.
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post
 * @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-changelog-bulkfetch-post
 */

export const userRefSchema = z.looseObject({
  accountId: z.string(),
  displayName: z.string().optional(),
  accountType: z.string().optional(),
  active: z.boolean().optional(),
  timeZone: z.string().nullish(),
});

const statusSchema = z.looseObject({
  id: z.string().optional(),
  name: z.string(),
  statusCategory: z.looseObject({ key: z.string() }),
});

const issueTypeSchema = z.looseObject({
  name: z.string(),
  subtask: z.boolean().optional(),
  hierarchyLevel: z.number().optional(),
});

const parentSchema = z.looseObject({
  id: z.string().optional(),
  key: z.string().optional(),
  fields: z.looseObject({ issuetype: issueTypeSchema.optional() }).optional(),
});

const linkedIssueSchema = z.looseObject({
  id: z.string().optional(),
  key: z.string(),
  fields: z.looseObject({ status: statusSchema.partial().optional() }).optional(),
});

const issueLinkSchema = z.looseObject({
  id: z.string().optional(),
  type: z.looseObject({ name: z.string() }),
  inwardIssue: linkedIssueSchema.optional(),
  outwardIssue: linkedIssueSchema.optional(),
});

const commentSchema = z.looseObject({
  id: z.string(),
  author: userRefSchema.nullish(),
  body: z.unknown(),
  created: instant,
});

const worklogSchema = z.looseObject({
  id: z.string().optional(),
  author: userRefSchema.nullish(),
  started: instant,
  timeSpentSeconds: z.number().optional(),
});

export const issueSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  // The site's custom fields (story points, flagged) are read by the ids in `fields`.
  fields: z.looseObject({
    summary: z.string().optional(),
    status: statusSchema,
    assignee: userRefSchema.nullish(),
    issuetype: issueTypeSchema,
    parent: parentSchema.nullish(),
    labels: z.array(z.string()).optional(),
    issuelinks: z.array(issueLinkSchema).optional(),
    priority: z.looseObject({ name: z.string() }).nullish(),
    fixVersions: z.array(z.looseObject({ id: z.string().optional(), name: z.string().optional() })).optional(),
    created: instant,
    updated: instant.optional(),
    comment: z.looseObject({ comments: z.array(commentSchema), total: z.number().optional() }),
    worklog: z.looseObject({ worklogs: z.array(worklogSchema), total: z.number().optional() }),
  }),
});

const changeItemSchema = z.looseObject({
  field: z.string(),
  fieldId: z.string().optional(),
  from: z.string().nullish(),
  fromString: z.string().nullish(),
  to: z.string().nullish(),
  toString: z.string().nullish(),
});

export const changelogSchema = z.looseObject({
  issueId: z.string(),
  changeHistories: z.array(
    z.looseObject({
      id: z.string().optional(),
      created: instant,
      items: z.array(changeItemSchema),
    }),
  ),
});

const userSchema = userRefSchema.extend({
  accountType: z.string(),
  active: z.boolean(),
});

const developmentSchema = z.looseObject({
  branches: z.array(z.looseObject({ name: z.string(), url: z.string().optional() })).optional(),
  commits: z.array(z.looseObject({ id: z.string(), message: z.string(), url: z.string().optional() })).optional(),
  pullRequests: z
    .array(
      z.looseObject({
        id: z.string(),
        title: z.string(),
        status: z.string(),
        sourceBranch: z.string().optional(),
        url: z.string().optional(),
        additions: z.number().nonnegative().optional(),
        deletions: z.number().nonnegative().optional(),
        approvals: z.number().int().nonnegative().optional(),
        /** The head commit's CI, when the code host was asked (checks-delivery.md). */
        ci: ciSchema.optional(),
        mergedAt: instant.nullish(),
      }),
    )
    .optional(),
  summary: z
    .looseObject({
      branches: z.number().int().nonnegative().optional(),
      commits: z.number().int().nonnegative().optional(),
      pullRequests: z.number().int().nonnegative().optional(),
    })
    .optional(),
});

const fieldIdsSchema = z.looseObject({
  storyPoints: z.string().nullish(),
  flagged: z.string().nullish(),
  development: z.string().nullish(),
  /** The Sprint field (sprint reporting replays its changes). */
  sprint: z.string().nullish(),
  /** Where `storyPoints` came from: the board's estimation field, or the site-wide lookup. */
  storyPointsFrom: z.enum(['board', 'site']).nullish(),
});

const amountSchema = z.looseObject({ points: z.number(), issues: z.number().int().nonnegative() });

/** A closed sprint's velocity figures, as kept once read (closed sprints do not change). */
const sprintFiguresSchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  startDate: instant,
  endDate: instant,
  completeDate: instant,
  committed: amountSchema,
  completed: amountSchema,
  /** Issues done before they joined: in neither figure (Jira's "completed outside of this sprint"). */
  outside: z
    .looseObject({ points: z.number(), issues: z.number().int().nonnegative(), keys: z.array(z.string()) })
    .optional(),
  workingDays: z.number().int().nonnegative(),
});

export const snapshotSchema = z.looseObject({
  version: z.literal(1),
  site: z.string().optional(),
  fetchedAt: instant.optional(),
  project: z.looseObject({ id: z.string(), key: z.string(), name: z.string().optional() }),
  sprint: sprintSchema.nullish(),
  board: z
    .looseObject({
      id: z.number(),
      name: z.string().optional(),
      /** `scrum`, `simple` (team-managed) or `kanban`. */
      type: z.string().nullish(),
      columns: z.array(z.looseObject({ name: z.string(), statusIds: z.array(z.string()).optional() })).optional(),
    })
    .nullish(),
  fields: fieldIdsSchema.optional(),
  issues: z.array(issueSchema),
  changelogs: z.array(changelogSchema).optional(),
  users: z.array(userSchema).optional(),
  development: z.record(z.string(), developmentSchema).optional(),
  /**
   * Optional; what sprint reporting reads beyond the walk's issues: issues the sprint lost after
   * its start, the sprint's epics' other children, issues finished lately (boards without
   * sprints), their changelogs, and the closed sprints' figures.
   */
  reporting: z
    .looseObject({
      issues: z
        .array(
          z.looseObject({
            id: z.string(),
            key: z.string(),
            fields: z.looseObject({
              summary: z.string().optional(),
              status: statusSchema,
              parent: parentSchema.nullish(),
              created: instant.optional(),
            }),
          }),
        )
        .optional(),
      changelogs: z.array(changelogSchema).optional(),
      closedSprints: z.array(sprintFiguresSchema).optional(),
    })
    .optional(),
  /** The next sprint (or the Ready column) and its issues; the unreleased versions; the risk register. */
  upcoming: upcomingSchema.optional(),
  versions: z.array(versionSchema).optional(),
  risks: z.array(riskSchema).optional(),
  readingLog: z
    .array(
      z.looseObject({
        accountId: z.string(),
        date,
        minutes: z.number().nonnegative(),
        pageIds: z.array(z.string()).optional(),
      }),
    )
    .optional(),
});

export type Snapshot = z.output<typeof snapshotSchema>;
export type SnapshotInput = z.input<typeof snapshotSchema>;
export type Issue = Snapshot['issues'][number];
export type UserRef = z.output<typeof userRefSchema>;
export type User = NonNullable<Snapshot['users']>[number];
export type Changelog = NonNullable<Snapshot['changelogs']>[number];
export type Development = NonNullable<Snapshot['development']>[string];
export type ReadingEntry = NonNullable<Snapshot['readingLog']>[number];
export type SprintFigures = z.output<typeof sprintFiguresSchema>;
