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
  },
} as const;
