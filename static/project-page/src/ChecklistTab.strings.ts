/** The strings of the ChecklistTab (the project page's S.checklist, S.checklistEditor). */
export const CHECKLIST_STRINGS = {
  checklist: {
    today: 'Today',
    thisWeek: 'This week',
    byTheWalk: 'by the walk',
    judgedBy: (checks: readonly string[]): string => `judged by ${checks.join(', ')}`,
    failing: (checks: readonly string[]): string => `findings in ${checks.join(', ')}`,
    unjudged: (checks: readonly string[]): string => `not judged: ${checks.join(', ')} did not run`,
    hand: 'by hand',
    note: 'Note',
    notePlaceholder: 'why (kept with the tick)',
    saveNote: 'Save note',
    previousDay: '← Previous day',
    nextDay: 'Next day →',
    backToToday: 'Today',
    pastDay: (day: string): string => `The checklist of ${day} (read only)`,
    noPastWalk: (day: string): string => `No walk was recorded on ${day}: its hand ticks only (read only).`,
    tickedBy: (ticked: boolean, name: string, at: string | undefined): string =>
      `${ticked ? 'ticked' : 'unticked'} by ${name} at ${at?.slice(11, 16) ?? ''} UTC`,
  },
  checklistEditor: {
    title: 'Checklist',
    intro: 'Items judged by checks are ticked by the walk; add your own, reorder, choose their cadence.',
    itemTitle: 'Item',
    cadence: 'Cadence',
    cadences: [
      { value: 'daily', label: 'Daily' },
      { value: 'weekly', label: 'Weekly' },
    ],
    up: 'Move up',
    down: 'Move down',
    remove: 'Remove',
    add: 'Add an item',
    newItem: 'New item',
    judged: (checks: readonly string[]): string => (checks.length ? `by the walk: ${checks.join(', ')}` : 'by hand'),
  },
} as const;
