/** Forge entry points only (manifest.yml: index.resolver, index.dailyWalk, index.hourly, index.weekly, index.walkConsumer). */
import { resolverDefinitions } from './resolvers/definitions';
import { dailyWalkHandler } from './resolvers/triggers/daily';
import { walkConsumerHandler } from './resolvers/triggers/consumer';
import { hourlyHandler } from './resolvers/triggers/hourly';
import { weeklyHandler } from './resolvers/triggers/weekly';
import { forgeDeps } from './wiring';

const deps = forgeDeps();

export const resolver = resolverDefinitions(deps);
export const dailyWalk = dailyWalkHandler(deps);
export const walkConsumer = walkConsumerHandler(deps);
export const hourly = hourlyHandler(deps);
export const weekly = weeklyHandler(deps);
