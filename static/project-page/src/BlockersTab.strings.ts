import { plural } from './plural';

/** The strings of the BlockersTab (the project page's S.blockers, S.escalate). */
export const BLOCKERS_STRINGS = {
  escalate: {
    action: 'Escalate',
    confirm: (key: string, level: unknown): string =>
      `Post a comment on ${key} that mentions the level-${String(level)} people named in Settings?`,
    yes: 'Post the escalation',
    cancel: 'Cancel',
    done: (key: string, names: string): string => `Escalated ${key}: ${names} mentioned.`,
    again: (level: unknown, who: string, at: string): string =>
      `Escalated at level ${String(level)} by ${who} on ${at.slice(0, 16).replace('T', ' ')} UTC; escalate again?`,
    already: (key: string, level: unknown, who: string, at: string): string =>
      `${key} was escalated at level ${String(level)} by ${who} on ${at.slice(0, 16).replace('T', ' ')} UTC: nothing was posted. Press Escalate again to repeat it.`,
    history: (who: string, at: string, to: string, level: unknown): string =>
      `level ${String(level)} by ${who} on ${at.slice(0, 16).replace('T', ' ')} UTC to ${to}`,
    theApp: 'the app',
  },
  blockers: {
    levels: {
      3: 'Level 3: sponsor escalation',
      2: 'Level 2: cross-team / PM escalation',
      1: 'Level 1: team triage at stand-up',
    } as Record<number, string>,
    noneTitle: 'No blocked issues',
    none: 'Nothing in the sprint is blocked or flagged.',
    blockedFor: (days: unknown): string => ` blocked for ${plural(Number(days), 'working day')}`,
    by: ' by ',
    flagged: ' (flagged)',
    unassigned: 'unassigned',
    crossTeam: (projects: unknown): string =>
      Array.isArray(projects) && projects.length ? `Another team: ${projects.join(', ')}` : 'Another team',
    facts: (who: string, priority: string | null, why: string): string =>
      ` · ${who}${priority ? ` · ${priority}` : ''} · ${why}:`,
    why: (why: unknown, priority: unknown): string =>
      why === 'priority'
        ? `level 3 for its priority (${String(priority)})`
        : why === 'security'
          ? 'level 3 for its security label'
          : why === 'cross-team'
            ? 'blocked by another team'
            : why === 'days'
              ? 'this level by its age'
              : 'newly blocked',
  },
} as const;
