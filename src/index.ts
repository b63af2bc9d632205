/**
 * Forge entry points only (manifest.yml: index.resolver, index.dailyWalk, index.hourly, index.weekly,
 * index.walkConsumer, and one function per Rovo action: index.agentTodaySummary ...).
 */
import { resolverDefinitions } from './resolvers/definitions';
import { dailyWalkHandler } from './resolvers/triggers/daily';
import { walkConsumerHandler } from './resolvers/triggers/consumer';
import { hourlyHandler } from './resolvers/triggers/hourly';
import { weeklyHandler } from './resolvers/triggers/weekly';
import { forgeDeps } from './wiring';
import { agentActions } from './resolvers/agent-actions';

const deps = forgeDeps();

export const resolver = resolverDefinitions(deps);
export const dailyWalk = dailyWalkHandler(deps);
export const walkConsumer = walkConsumerHandler(deps);
export const hourly = hourlyHandler(deps);
export const weekly = weeklyHandler(deps);

const agent = agentActions(deps).functions;
export const agentTodaySummary = agent.todaySummary;
export const agentMemberDay = agent.memberDay;
export const agentBlockers = agent.blockers;
export const agentNextSprint = agent.nextSprint;
export const agentReleases = agent.releases;
export const agentStatusDraft = agent.statusDraft;
export const agentNudgeMember = agent.nudgeMember;
export const agentEscalateBlocker = agent.escalateBlocker;
export const agentPublishReport = agent.publishReport;
