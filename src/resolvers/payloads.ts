import { z } from 'zod';
import { NUDGE_CODES } from '../settings/schema';
import { RISK_PAYLOADS } from './risk-payloads';
import { FINDINGS_PAYLOAD } from './findings-payload';

/** Resolver payloads. Unknown fields (an account id, say) are dropped: never trusted, never used. */
export const PAYLOADS = {
  ...RISK_PAYLOADS,
  getWalk: z.object({
    day: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD day')
      .optional(),
  }),
  startWalk: z.object({}),
  searchPeople: z.object({
    query: z.string().trim().max(100, 'a search of at most 100 characters').optional(),
    ids: z.array(z.string().trim().min(1).max(128)).max(100, 'at most 100 people at once').optional(),
  }),
  getWalkRun: z.object({}),
  getSettings: z.object({}),
  saveSettings: z.object({ settings: z.unknown(), revision: z.number().int().min(0).optional() }),
  tick: z.object({
    itemId: z.string().min(1).max(100),
    ticked: z.boolean(),
    note: z.string().trim().max(500, 'a note of at most 500 characters').optional(),
  }),
  getIssueFindings: z.object({}),
  postFocusComment: z.object({
    kind: z.enum(['in', 'out']),
    text: z.string().trim().min(1, 'write what you plan or did').max(2000),
  }),
  logWork: z.object({
    timeSpent: z.string().trim().min(1, 'how long, such as 1h 30m').max(40),
    started: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'a date and time, such as 2026-11-19T09:00'),
    comment: z.string().trim().max(2000).optional(),
  }),
  getReading: z.object({}),
  markRead: z.object({ pageId: z.string().regex(/^\d{1,20}$/, 'expected a Confluence content id'), read: z.boolean() }),
  logReading: z.object({
    minutes: z
      .number()
      .int('whole minutes')
      .min(1, 'at least 1 minute')
      .max(600, 'at most 600 minutes (10 hours) in one entry'),
    pageIds: z
      .array(z.string().regex(/^\d{1,20}$/))
      .max(50)
      .optional(),
  }),
  getTeamReading: z.object({}),
  getSent: z.object({
    cursor: z.string().max(2000).optional(),
    limit: z.number().int().min(1).max(100, 'at most 100 a page').optional(),
  }),
  getSprint: z.object({}),
  getStandup: z.object({}),
  getFindings: FINDINGS_PAYLOAD,
  getGadget: z.object({}),
  publishReport: z.object({}),
  nudge: z.object({
    accountId: z.string().trim().min(1).max(128),
    code: z.enum(NUDGE_CODES).optional(),
  }),
  escalate: z.object({
    issueKey: z
      .string()
      .max(50, 'an issue key has at most 50 characters')
      .regex(/^[A-Z][A-Z0-9_]+-\d+$/, 'expected an issue key such as FW-1'),
    again: z
      .string()
      .regex(/^[A-Za-z0-9-]{8,64}$/, 'expected the confirmation token')
      .optional(),
  }),
  getCodeHost: z.object({}),
  saveCodeHost: z
    .object({
      provider: z.enum(['github', 'bitbucket', 'none']),
      repositories: z
        .array(
          z
            .string()
            .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'expected owner/repository')
            .refine(
              (r) => r.split('/').every((part) => part !== '.' && part !== '..'),
              'owner and repository may not be . or ..',
            ),
        )
        .max(50),
      token: z.string().min(8, 'a token is at least 8 characters').max(500).optional(),
    })
    .refine((v) => v.provider === 'none' || v.repositories.length > 0, {
      message: 'name at least one repository',
      path: ['repositories'],
    }),
};
