import { gadgetView } from '../app/gadget/gadget-view';
import { siteUrlOf } from '../app/sending/sent-log';
import { accountIdOf } from './context';
import { handler } from './handler';
import type { Services } from './deps';

/** The dashboard gadget's resolver: its settings come from Jira's gadget context, never from the payload. */
export function gadgetResolvers({ deps, walkDeps, stores }: Services) {
  return {
    getGadget: handler('getGadget', async (_p, context) => ({
      ok: true,
      data: await gadgetView(
        { ...walkDeps, stores },
        deps.requester('user'),
        accountIdOf(context),
        context.extension?.gadgetConfiguration,
        context.siteUrl ?? (await siteUrlOf(deps.store)),
      ),
    })),
  };
}
