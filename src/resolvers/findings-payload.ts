import { z } from 'zod';
import { CHECK_IDS } from '../core/check-ids';
import { FINDINGS_GROUPINGS, FINDINGS_MAX_LIMIT, FINDINGS_SORT_KEYS } from '../app/walks/findings-contract';

/** The Findings tab's query (findings-contract.ts): every field bounded, named when wrong. */
export const FINDINGS_PAYLOAD = z.object({
  day: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD day')
    .optional(),
  check: z.enum(CHECK_IDS as unknown as [string, ...string[]], { message: 'expected a check id' }).optional(),
  severity: z.enum(['error', 'warning', 'info']).optional(),
  member: z.string().trim().min(1).max(128).optional(),
  group: z.enum(FINDINGS_GROUPINGS).optional(),
  groupKey: z.string().max(200).optional(),
  sort: z
    .object({
      key: z.enum(FINDINGS_SORT_KEYS as unknown as [string, ...string[]]),
      order: z.enum(['ASC', 'DESC']),
    })
    .optional(),
  offset: z.number().int().min(0).max(10_000_000).optional(),
  limit: z.number().int().min(1).max(FINDINGS_MAX_LIMIT, `at most ${FINDINGS_MAX_LIMIT} rows a call`).optional(),
});
