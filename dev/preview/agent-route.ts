import { DEMO_USERS } from '../demo/demo-snapshot';
import { AGENT_ACTIONS, type AgentAction, type AgentAnswer } from '../../src/app/agent/agent-contract';
import type { ForgeHarness } from './forge-harness';

/**
 * There is no Rovo here: the preview page calls an agent action as Rovo would (its inputs, and
 * `context.jira.projectKey` as when asked from the project), as a demo user, and shows the answer
 * as data and as the markdown the agent gets.
 */
export async function agentRoute(harness: ForgeHarness, body: Record<string, unknown>): Promise<AgentAnswer> {
  const action = typeof body.action === 'string' ? body.action : '';
  if (!(AGENT_ACTIONS as readonly string[]).includes(action))
    return { ok: false, markdown: `No agent action ${action}.`, data: { actions: AGENT_ACTIONS } };
  const user = DEMO_USERS[(typeof body.as === 'string' ? body.as : 'tess') as keyof typeof DEMO_USERS];
  const inputs = typeof body.inputs === 'object' && body.inputs !== null ? body.inputs : {};
  return harness.agent(
    action as AgentAction,
    { ...inputs, context: { jira: { projectKey: 'FW' } } },
    user?.accountId ?? null,
  );
}
