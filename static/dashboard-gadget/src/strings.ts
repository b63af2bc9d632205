import type { GadgetPart } from '../../../src/app/contract';

/** Every string the dashboard gadget shows, in one place. */
export const S = {
  reading: 'Reading the latest walk…',
  readFailed: 'The walk could not be read',
  pickProject: "Pick a project in this gadget's settings (Edit).",
  noWalk: (key: string): string => `${key} has no walk yet: open Focus Walk in the project and press Refresh.`,
  walkedAt: (at: string): string => `Walked ${at.slice(0, 16).replace('T', ' ')} UTC`,
  score: 'Score',
  trend: (n: number): string => `the last ${n} walked day${n === 1 ? '' : 's'}`,
  red: 'Members in red',
  noneRed: 'Nobody is in red.',
  blockers: 'Blockers at level 2-3',
  noBlockers: 'No blocker at level 2 or 3.',
  blocker: (level: number, days: number): string => `level ${level}, ${days} working day${days === 1 ? '' : 's'}`,
  releases: 'Releases at risk',
  noReleases: 'Every release is on track.',
  release: (date: string | null, days: number | null, readiness: string): string =>
    `${readiness}${date ? `, due ${date}` : ', no date'}${days === null ? '' : ` (${days} working days)`}`,
  next: 'Next sprint',
  noNext: 'No next sprint read.',
  nextReady: (name: string | null, share: number, ready: number, checked: number): string =>
    `${name ?? 'The next sprint'}: ${share}% ready (${ready} of ${checked} issues)`,
  open: 'Open Focus Walk',
  edit: {
    project: 'Project key',
    projectHint: 'The Jira project whose walk the gadget shows, such as FW.',
    show: 'Show',
    save: 'Save',
    saving: 'Saving…',
    badKey: 'Expected a project key such as FW: capital letters, digits and _.',
  },
  parts: {
    score: 'Score and trend',
    red: 'Members in red',
    blockers: 'Blockers at level 2-3',
    releases: 'Releases at risk',
    next: "The next sprint's readiness",
  } satisfies Record<GadgetPart, string>,
} as const;
