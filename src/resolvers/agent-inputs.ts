import { z } from 'zod';
import { NUDGE_CODES } from '../settings/schema';
import type { AgentAction } from '../app/agent/agent-contract';

const projectKey = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Z0-9_]{0,99}$/, 'expected a Jira project key such as FW');
/** Rovo passes where it was asked (`context.jira.projectKey` on a Jira page) beside the inputs. */
const rovoContext = z
  .object({ jira: z.object({ projectKey: projectKey.optional() }).loose().optional() })
  .loose()
  .optional();
const base = { project: projectKey.optional(), context: rovoContext };
const member = z.string().trim().min(1, 'name the member').max(128);

/** Each action's inputs (the manifest's `inputs`), validated; unknown fields are dropped. */
export const AGENT_INPUTS = {
  todaySummary: z.object(base),
  memberDay: z.object({ ...base, member }),
  blockers: z.object(base),
  nextSprint: z.object(base),
  releases: z.object(base),
  statusDraft: z.object(base),
  nudgeMember: z.object({ ...base, member, code: z.enum(NUDGE_CODES).optional() }),
  escalateBlocker: z.object({
    ...base,
    issueKey: z
      .string()
      .trim()
      .max(50)
      .regex(/^[A-Z][A-Z0-9_]+-\d+$/, 'expected an issue key such as FW-1'),
  }),
  publishReport: z.object(base),
} satisfies Record<AgentAction, z.ZodType>;

export type AgentInput<A extends AgentAction> = z.infer<(typeof AGENT_INPUTS)[A]>;
