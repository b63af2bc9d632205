import { readingConfig } from '../app/reading/reading-service';
import { accountIdOf } from './context';
import { handler, type Handler } from './handler';
import { isTpm } from '../app/access/require-admin';
import { loadSettings } from '../app/settings/load-settings';
import type { Services } from './deps';

/** The Confluence macro's resolvers (Reading tracker): the reading list, marks, minutes, the team's reading. */
export function readingMacroResolvers(s: Services) {
  const { deps, stores, reading, zoneOf } = s;
  return {
    getReading: handler('getReading', async (_p, context) => ({
      ok: true,
      data: await reading.view(
        deps.requester('user'),
        accountIdOf(context),
        zoneOf(context),
        readingConfig(context.extension?.config),
      ),
    })),

    markRead: handler('markRead', async ({ pageId, read }, context) => {
      await reading.mark(accountIdOf(context), pageId, read);
      return { ok: true, data: { pageId, read } };
    }),

    logReading: handler('logReading', async ({ minutes, pageIds }, context) => {
      const config = readingConfig(context.extension?.config);
      return {
        ok: true,
        data: await reading.logMinutes(
          accountIdOf(context),
          zoneOf(context),
          minutes,
          pageIds ?? [],
          config.targetMinutes,
        ),
      };
    }),

    getTeamReading: handler('getTeamReading', async (_p, context) => {
      const accountId = accountIdOf(context);
      const config = readingConfig(context.extension?.config);
      const api = deps.requester('user');
      // Each person's minutes are for the TPMs of the macro's project; others see totals and their own.
      const everyone = config.project
        ? await isTpm(api, config.project, accountId, (await loadSettings(stores, config.project)).settings).catch(
            () => false,
          )
        : false;
      return {
        ok: true,
        data: await reading.team(api, zoneOf(context), config.targetMinutes, { accountId, everyone }),
      };
    }),
  } satisfies { [K in 'getReading' | 'markRead' | 'logReading' | 'getTeamReading']: Handler<K> };
}
