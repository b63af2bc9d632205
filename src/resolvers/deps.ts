import type { Requester } from '../fetch/requester';
import { parseSettings } from '../settings/schema';
import { AppStores } from '../app/records/app-stores';
import { type WalkDeps } from '../app/walks/walk-service';
import { loadSettings } from '../app/settings/load-settings';
import { type BackgroundDeps, type WalkQueue } from '../app/walks/background-walks';
import type { WalkRunStore } from '../stores/walk-run-store';
import type { KeyValueStore } from '../stores/key-value-store';
import type { ReadingLog } from '../stores/reading-log';
import { ReadingService } from '../app/reading/reading-service';
import { isValidZone } from '../core/time/zones';
import { CodeHostService, type CodeHostDeps } from '../app/codehost/code-host-service';
import { type InvocationContext } from './context';
import type { SentStore } from '../stores/sent-store';
import type { SettingsStore } from '../stores/settings-store';
import { WorkingCalendar } from '../core/time/working-calendar';
import { afterWalk } from '../app/schedules/hourly';
import { requireTpm } from '../app/access/require-admin';
import { getMyself } from '../fetch/jira/get-myself';
import { RiskStore } from '../stores/risk-store';
import { RiskService } from '../app/risks/risk-service';

export interface HandlerDeps {
  /** Forge's queue of background walks, and the project's walk runs. */
  walkQueue: WalkQueue;
  walkRuns: WalkRunStore;
  /** The log of nudges, digests and escalations (sent-item entity). */
  sent: SentStore;
  /** Settings saved against the revision their editor read (settings-rev entity). */
  settings: SettingsStore;
  store: KeyValueStore;
  /** The reading log of the Confluence macro, which the Jira walk reads too (one app, one storage). */
  readingLog: ReadingLog;
  codeHost: CodeHostDeps;
  /** Jira as the signed-in user (reads and writes) or as the app (the daily trigger). */
  requester: (as: 'user' | 'app') => Requester;
  now: () => Date;
}

/** What the background walks need, from the handlers' dependencies. */
export function backgroundDeps(deps: HandlerDeps): BackgroundDeps {
  const bg: BackgroundDeps = {
    stores: new AppStores(deps.store),
    now: deps.now,
    readingLog: deps.readingLog,
    codeHost: new CodeHostService(deps.store, deps.codeHost),
    runs: deps.walkRuns,
    kv: deps.store,
    queue: deps.walkQueue,
    appRequester: deps.requester('app'),
    sent: deps.sent,
    risks: new RiskStore(),
    afterWalk: (project, report, day) => afterWalk(bg, project, report, day),
  };
  return bg;
}

/** The TPM acting: a project administrator, or a TPM named in the digest's recipients. */
export async function tpm(
  api: Requester,
  project: string,
  accountId: string,
  settings: { digest: { recipients: string[] } },
): Promise<{ accountId: string; displayName: string }> {
  await requireTpm(api, project, accountId, settings);
  return { accountId, displayName: (await getMyself(api)).displayName };
}

/** What the surfaces' resolvers share, built once from the handlers' dependencies. */
export function services(deps: HandlerDeps) {
  // The background walks' deps are a superset of a walk's: one set of stores and services.
  const background = backgroundDeps(deps);
  const { stores, codeHost } = background;
  const walkDeps: WalkDeps = background;
  const reading = new ReadingService({
    kv: deps.store,
    log: deps.readingLog,
    now: deps.now,
    calendar: async (project) => {
      const s = project ? (await loadSettings(stores, project)).settings : parseSettings({});
      return new WorkingCalendar(s.workingDays, s.holidays);
    },
  });
  const zoneOf = (context: InvocationContext) => (isValidZone(context.timezone) ? context.timezone : 'UTC');

  const risks = new RiskService(background.risks ?? new RiskStore());
  return { deps, background, stores, codeHost, walkDeps, reading, zoneOf, tpm, risks };
}

export type Services = ReturnType<typeof services>;
