/** Forge entry points only (manifest.yml: index.resolver, index.dailyWalk, index.hourly, index.weekly, index.walkConsumer). */
import { resolverDefinitions } from './resolvers/definitions';
import { dailyWalkHandler } from './resolvers/daily-walk';
import { walkConsumerHandler } from './resolvers/walk-consumer';
import { hourlyHandler } from './resolvers/hourly-trigger';
import { weeklyHandler } from './resolvers/weekly-trigger';
import { forgeDeps } from './wiring';

const deps = forgeDeps();

export const resolver = resolverDefinitions(deps);
export const dailyWalk = dailyWalkHandler(deps);
export const walkConsumer = walkConsumerHandler(deps);
export const hourly = hourlyHandler(deps);
export const weekly = weeklyHandler(deps);
