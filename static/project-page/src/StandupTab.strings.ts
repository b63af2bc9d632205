/** The strings of the StandupTab (the project page's S.standup). */
export const STANDUP_STRINGS = {
  standup: {
    loading: 'Reading the stand-up board…',
    failed: 'The stand-up board could not be read',
    none: 'No walk of this project yet: the board fills with the first walk (Refresh).',
    at: (at: string): string => `From the walk of ${at.slice(0, 16).replace('T', ' ')} UTC`,
    focusOut: (day: string | null): string => `Focus Out${day ? ` (${day})` : ''}`,
    focusIn: (day: string): string => `Focus In (${day})`,
    notYet: 'Not written yet.',
    cut: '… (cut; the whole comment is on the issue)',
    on: 'on',
    note: (time: string, zone: string): string => `at ${time} (${zone})`,
    logged: (yesterday: number, today: number): string =>
      `Logged: ${hours(yesterday)} yesterday, ${hours(today)} today`,
    active: 'Active',
    blockers: 'Blockers',
    blocker: (level: number, days: number): string => `level ${level}, ${days} working day${days === 1 ? '' : 's'}`,
    questions: 'Open questions',
    cutTo: (n: number): string =>
      `A large sprint: each list shows its first ${n} (the Team and Findings tabs have them all).`,
    unowned: 'Blocked, and nobody on the team holds it',
    hidden: (n: number): string => `${n} item${n === 1 ? '' : 's'} on issues you may not see are left out.`,
  },
} as const;

function hours(minutes: number): string {
  return `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}
