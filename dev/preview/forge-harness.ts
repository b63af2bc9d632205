import { ForgeRuntime } from '../forge-stand-in/forge-runtime';
import { resolverDefinitions } from '../../src/resolvers/definitions';
import { dailyWalkHandler } from '../../src/resolvers/triggers/daily';
import { hourlyHandler } from '../../src/resolvers/triggers/hourly';
import { weeklyHandler } from '../../src/resolvers/triggers/weekly';
import type { InvocationContext } from '../../src/resolvers/context';
import { forgeDeps } from '../../src/wiring';
import { walkConsumerHandler } from '../../src/resolvers/triggers/consumer';
import { WALK_QUEUE } from '../../src/app/walks/background-walks';
import type { QueueServiceOptions } from '../forge-stand-in/queue-service';
import { agentActions } from '../../src/resolvers/agent-actions';
import type { AgentAction, AgentAnswer } from '../../src/app/agent/agent-contract';

/**
 * Runs the app's production wiring (src/wiring.ts, as src/index.ts does) outside Forge, inside
 * the Forge runtime stand-in: storage answered with Forge's limits, product calls to the local
 * site as the invoking user, code hosts through the declared egress. Only the clock is given.
 */
export class ForgeHarness {
  readonly runtime: ForgeRuntime;
  private readonly definitions: ReturnType<typeof resolverDefinitions>;
  private readonly daily: () => Promise<void>;
  private readonly hourlyTrigger: () => Promise<void>;
  private readonly weeklyTrigger: () => Promise<void>;
  private readonly agentRun: ReturnType<typeof agentActions>['run'];
  /** The Rovo actions' Forge functions, as src/index.ts exports them (each answers the markdown). */
  readonly agentFunctions: ReturnType<typeof agentActions>['functions'];

  constructor(siteUrl: string, now: () => Date, storeFile?: string, queue?: QueueServiceOptions) {
    this.runtime = new ForgeRuntime({ siteUrl, ...(storeFile ? { storeFile } : {}), ...(queue ? { queue } : {}) });
    const deps = forgeDeps(now);
    this.definitions = resolverDefinitions(deps);
    this.daily = dailyWalkHandler(deps);
    this.hourlyTrigger = hourlyHandler(deps);
    this.weeklyTrigger = weeklyHandler(deps);
    const agent = agentActions(deps);
    this.agentRun = agent.run;
    this.agentFunctions = agent.functions;
    // The manifest's consumer: the production function, invoked by the queue stand-in, as the app.
    this.runtime.consume(WALK_QUEUE, walkConsumerHandler(deps));
  }

  /** Refresh as `accountId` would click it, waits for the background walk, then reads the page's view. */
  async walkNow(context: Omit<InvocationContext, 'accountId'>, accountId: string | null): Promise<unknown> {
    const started = (await this.invoke('startWalk', {}, context, accountId)) as { ok: boolean };
    if (!started.ok) return started;
    await this.settled();
    return this.invoke('getWalk', {}, context, accountId);
  }

  /** Resolves when every queued walk has run (retries included). */
  settled(): Promise<void> {
    return this.runtime.queue.idle();
  }

  install(): void {
    this.runtime.install();
  }

  uninstall(): void {
    this.runtime.uninstall();
  }

  /** Invokes a resolver as Forge does; the account id reaches the handler only through the context. */
  invoke(
    functionKey: string,
    payload: unknown,
    context: Omit<InvocationContext, 'accountId'>,
    accountId: string | null,
  ): Promise<unknown> {
    return this.runtime.as(accountId, () =>
      this.definitions(
        { call: { functionKey, payload: payload }, context },
        (accountId ? { principal: { accountId } } : {}) as never,
      ),
    );
  }

  /** A Rovo action as Forge invokes its function (Rovo's payload, the user as the principal), with its data too. */
  agent(action: AgentAction, payload: unknown, accountId: string | null): Promise<AgentAnswer> {
    return this.runtime.as(accountId, () =>
      this.agentRun(action, payload, accountId ? { principal: { accountId } } : {}),
    );
  }

  /** The scheduled trigger, as Forge runs it: no user. */
  dailyWalk(): Promise<void> {
    return this.runtime.as(null, this.daily);
  }

  /** The hourly trigger, as Forge runs it: no user; its events run on the queue (await settled()). */
  hourly(): Promise<void> {
    return this.runtime.as(null, this.hourlyTrigger);
  }

  /** The weekly trigger (status reports), as Forge runs it; its events run on the queue. */
  weekly(): Promise<void> {
    return this.runtime.as(null, this.weeklyTrigger);
  }
}
