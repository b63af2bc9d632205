import { standupView } from '../app/walks/standup-board';
import { loadSettings } from '../app/settings/load-settings';
import { accountIdOf, projectKeyOf } from './context';
import { handler } from './handler';
import type { Services } from './deps';

/** The stand-up board's resolver: the latest walk's board from storage, cut to the viewer (nothing read from Jira but their visible keys). */
export function standupResolvers({ deps, stores }: Services) {
  return {
    getStandup: handler('getStandup', async (_p, context) => {
      const project = projectKeyOf(context);
      const { settings } = await loadSettings(stores, project);
      const stored = await stores.getStandup(project);
      return {
        ok: true,
        data: await standupView(deps.requester('user'), project, accountIdOf(context), settings, stored),
      };
    }),
  };
}
