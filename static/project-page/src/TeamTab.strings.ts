/** The strings of the TeamTab (the project page's S.team). */
export const TEAM_STRINGS = {
  team: {
    member: 'Member',
    status: 'Status',
    active: 'Active issue',
    readToday: 'Read today',
    skipped: 'skipped',
    ok: 'ok',
    minutes: (m: number): string => `${m} min`,
    none: '—',
    more: (n: number): string => `and ${n} more`,
    ofTotal: (n: number): string => ` (the first listed of ${n} active)`,
    empty: 'No team members in this sprint yet: assign issues, or list the members in Settings.',
    worst: { error: 'error', warning: 'warning', info: 'info' } as const,
  },
} as const;
