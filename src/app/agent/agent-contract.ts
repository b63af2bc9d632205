/** The Rovo agent (manifest `rovo:agent`): its key, as `rovo.open` names it (at most 30 characters). */
export const AGENT_KEY = 'focus-walk-agent';
export const AGENT_NAME = 'Focus Walk';

/** The agent's actions (manifest `action` modules), each backed by the function of the same name in index.ts. */
export const AGENT_ACTIONS = [
  'todaySummary',
  'memberDay',
  'blockers',
  'nextSprint',
  'releases',
  'statusDraft',
  'nudgeMember',
  'escalateBlocker',
  'publishReport',
] as const;
export type AgentAction = (typeof AGENT_ACTIONS)[number];

/** What an action answers: the markdown Rovo reads, and the same answer as data (the preview shows both). */
export interface AgentAnswer {
  ok: boolean;
  markdown: string;
  data: unknown;
}
