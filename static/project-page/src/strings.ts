import type { WalkRunView } from '../../../src/app/contract';
import { TEAM_STRINGS } from './TeamTab.strings';
import { FINDINGS_STRINGS } from './FindingsTab.strings';
import { CHECKLIST_STRINGS } from './ChecklistTab.strings';
import { BLOCKERS_STRINGS } from './BlockersTab.strings';
import { SENT_STRINGS } from './SentTab.strings';
import { SPRINT_STRINGS } from './SprintTab.strings';
import { CHARTS_STRINGS } from './Charts.strings';
import { SETTINGS_STRINGS } from './SettingsTab.strings';
import { RELEASES_STRINGS } from './ReleasesTab.strings';
import { RISKS_STRINGS } from './RisksTab.strings';
import { STANDUP_STRINGS } from './StandupTab.strings';

/** Every string the project page shows: the page's own here, each tab's beside the tab (`*.strings.ts`). */
export const S = {
  title: 'Focus Walk',
  ago: (minutes: number): string =>
    minutes < 1
      ? 'just now'
      : minutes < 60
        ? `${minutes} min ago`
        : minutes < 1440
          ? `${Math.floor(minutes / 60)} h ago`
          : `${Math.floor(minutes / 1440)} days ago`,
  header: {
    noSprint: 'No active sprint: unresolved issues',
    fromHistory: ' (from history)',
    walked: (at: string): string => `walked ${at.slice(0, 16).replace('T', ' ')} UTC`,
    noWalk: 'No walk yet',
    scoreLabel: 'score',
    scoreOutOf: '/100',
    refresh: 'Refresh',
    ask: 'Ask Focus Walk',
    askPrompt: (project: string): string => `Who is blocked in ${project}, and what should I escalate today?`,
    reused: (at: string): string =>
      `This walk finished at ${at.slice(11, 16)} UTC, a few minutes ago: it is the latest. Refresh walks again 5 minutes after a walk.`,
    walking: 'Walking…',
    skipped: 'Skipped:',
    progress: (run: WalkRunView): string =>
      (run.state === 'queued'
        ? 'Walk queued…'
        : run.total === null
          ? 'Finding the issues…'
          : `${run.read.toLocaleString('en')} of ${run.total.toLocaleString('en')} issues read`) +
      (run.attempt > 1 ? ` (attempt ${run.attempt})` : ''),
  },
  page: {
    readFailed: 'The walk could not be read',
    reading: 'Reading the latest walk…',
    failedTitle: (day: string): string => `The walk of ${day} failed`,
    noReason: 'No reason was given.',
    lastGood: 'The page shows the last good walk.',
    wentWrong: 'Something went wrong',
    noWalk:
      'No walk of this project is stored yet. Refresh walks it in the background; a large project takes a minute or two.',
  },
  tabs: {
    sprint: 'Sprint',
    releases: 'Releases',
    next: 'Next sprint',
    risks: 'Risks',
    sent: 'Sent',
    team: 'Team',
    standup: 'Stand-up',
    findings: (n: number): string => `Findings (${n})`,
    checklist: 'Checklist',
    blockers: 'Blockers',
    workload: 'Workload',
    trend: 'Trend',
    settings: 'Settings',
  },
  nudge: {
    action: 'Nudge',
    sending: 'Nudging…',
    result: (outcomes: ReadonlyArray<{ code: string; outcome: string; reason?: string }>): string =>
      outcomes
        .map((o) =>
          o.outcome === 'sent'
            ? `${o.code}: sent`
            : o.outcome === 'already'
              ? `${o.code}: already nudged today`
              : `${o.reason ?? o.code}`,
        )
        .join(' · '),
  },
  ...TEAM_STRINGS,
  ...FINDINGS_STRINGS,
  ...CHECKLIST_STRINGS,
  ...BLOCKERS_STRINGS,
  ...SENT_STRINGS,
  ...SPRINT_STRINGS,
  ...RELEASES_STRINGS,
  ...RISKS_STRINGS,
  ...STANDUP_STRINGS,
  ...CHARTS_STRINGS,
  ...SETTINGS_STRINGS,
} as const;
