/** The strings of the Charts (the project page's S.charts). */
export const CHARTS_STRINGS = {
  charts: {
    noMembers: 'No members.',
    unassigned: 'Unassigned',
    workloadLabel: 'Workload per member',
    load: (points: number, open: number): string => `${points} pts · ${open} open`,
    median: (median: number, above: string): string => `median ${median} · overloaded above ${above}`,
    noHistory: 'No history yet: the daily walk records a point every day.',
    trendLabel: 'Score per day',
    trendPoint: 'Walked day',
    score: 'Score',
    legend: { load: 'Open points', over: 'Overloaded', median: 'Team median', limit: 'Overload line' },
  },
} as const;
