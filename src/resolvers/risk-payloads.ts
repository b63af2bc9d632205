import { z } from 'zod';

/** The Risks tab's payloads (checks-delivery.md `risk`): limits named in plain words, each field its own. */
const id = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'expected a risk id');
const version = z.number().int().min(1);
/** A suggestion's cause: `blocked:FW-12` or `version:10001`. */
const cause = z
  .string()
  .max(120)
  .regex(/^(blocked|version):[A-Za-z0-9_-]{1,100}$/, 'expected a suggestion such as blocked:FW-12');
const issueKey = z
  .string()
  .max(50, 'an issue key has at most 50 characters')
  .regex(/^[A-Z][A-Z0-9_]+-\d+$/, 'expected an issue key such as FW-1');
const score = (what: string) =>
  z
    .number({ message: `a ${what} from 1 to 5` })
    .int(`a whole ${what} from 1 to 5`)
    .min(1, `a ${what} from 1 to 5`)
    .max(5, `a ${what} from 1 to 5`);

export const RISK_PAYLOADS = {
  listRisks: z.object({
    sort: z.enum(['score', 'status', 'review']).optional(),
    cursor: z.string().max(2000).optional(),
    limit: z.number().int().min(1).max(100).optional(),
  }),
  saveRisk: z.object({
    id: id.optional(),
    version: version.optional(),
    title: z.string().trim().min(1, 'give the risk a title').max(200, 'a title of at most 200 characters'),
    description: z.string().trim().max(4000, 'a description of at most 4,000 characters').optional(),
    mitigation: z.string().trim().max(4000, 'a mitigation of at most 4,000 characters').optional(),
    probability: score('probability'),
    impact: score('impact'),
    owner: z.string().trim().min(1).max(128).nullable().optional(),
    issueKeys: z.array(issueKey).max(100, 'at most 100 linked issues').optional(),
  }),
  setRiskStatus: z.object({ id, version, status: z.enum(['open', 'mitigating', 'closed']) }),
  reviewRisk: z.object({ id, version }),
  linkRisk: z.object({
    id,
    version,
    add: z.array(issueKey).max(100).optional(),
    remove: z.array(issueKey).max(100).optional(),
  }),
  riskHistory: z.object({ id }),
  acceptRiskSuggestion: z.object({ cause }),
  dismissRiskSuggestion: z.object({ cause }),
};
