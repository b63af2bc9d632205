/** The strings of the FindingsTab (the project page's S.findings). */
export const FINDINGS_STRINGS = {
  findings: {
    check: 'Check',
    severity: 'Severity',
    member: 'Member',
    all: 'All',
    severities: [
      { value: 'error', label: 'Error' },
      { value: 'warning', label: 'Warning' },
      { value: 'info', label: 'Info' },
    ],
    count: (shown: number, total: number): string => `${shown} of ${total} findings`,
    checkChoice: (name: string, n: number): string => `${name} (${n})`,
    clear: 'Clear filters',
    exportCsv: 'Export CSV',
    columns: { severity: 'Severity', check: 'Check', issue: 'Issue', who: 'Who', day: 'Day', message: 'Finding' },
    outsideTeam: 'Outside the team',
    unassigned: 'Unassigned',
    allClearTitle: 'Nothing to follow up today',
    allClear: 'Every check of the walk passed.',
    noMatch: 'No finding matches these filters.',
    groupBy: 'Group by',
    grouping: { none: 'No grouping', check: 'Check', member: 'Member', issue: 'Issue' },
    noIssue: 'No issue',
    reading: 'Reading the findings…',
    exporting: (done: number, total: number): string => `Exporting ${done} of ${total}…`,
    groupCounts: (n: number, errors: number, warnings: number, infos: number): string =>
      `${n} finding${n === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info`,
  },
} as const;
