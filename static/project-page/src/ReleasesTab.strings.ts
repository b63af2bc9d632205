/** The Releases and Next sprint tabs' words. */
export const RELEASES_STRINGS = {
  releases: {
    loading: 'Reading the releases…',
    none: 'No walk has read the releases yet.',
    notRead: "The project's versions could not be read on the last walk.",
    empty: 'No unreleased version: nothing to ship.',
    readiness: { ready: 'Ready', 'at-risk': 'At risk', blocked: 'Blocked' } as Record<string, string>,
    date: (date: string | null, days: number | null): string =>
      date === null
        ? 'No release date'
        : days === null
          ? date
          : days < 0
            ? `${date} · ${-days} working day${days === -1 ? '' : 's'} late`
            : days === 0
              ? `${date} · today`
              : `${date} · ${days} working day${days === 1 ? '' : 's'} left`,
    progress: (toDo: number, inProgress: number, done: number): string =>
      `${toDo} to do · ${inProgress} in progress · ${done} done`,
    issues: (shown: number, total: number): string =>
      total > shown ? `Sprint issues (${shown} of ${total})` : `Sprint issues (${total})`,
    noIssues: 'No issue of the sprint carries this version.',
    openPrs: 'Open pull requests',
    failingCi: 'Failing CI',
    failed: (names: string[]): string => (names.length ? ` (${names.join(', ')})` : ''),
  },
  next: {
    none: 'No walk has read the next sprint yet.',
    ready: (share: number, ready: number, checked: number): string =>
      `${share}% ready to plan: ${ready} of ${checked} issues have a description, acceptance criteria, an estimate and an epic.`,
    ready100: 'Nothing planned yet: no issue in the next sprint or the Ready column.',
    title: (name: string | null): string => name ?? 'The Ready column (no future sprint)',
    starts: (date: string | null): string => (date ? `starts ${date.slice(0, 10)}` : ''),
    columns: { issue: 'Issue', type: 'Type', summary: 'Summary', missing: 'What is missing' },
    ok: 'Ready',
    missing: {
      'no-description': 'description',
      'no-acceptance': 'acceptance criteria',
      'no-estimate': 'estimate',
      'no-epic': 'epic',
    } as Record<string, string>,
  },
};
