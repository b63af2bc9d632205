/** Every string the issue panel shows, in one place. */
export const S = {
  templates: {
    in: 'Plan: \nBlockers: none',
    out: 'Done: \nTomorrow: \nBlockers: none',
  },
  posted: (kind: 'in' | 'out'): string =>
    `Focus ${kind === 'in' ? 'In' : 'Out'} posted. It counts from the next walk (Refresh on the Focus Walk page).`,
  readFailed: 'Findings could not be read',
  checking: 'Checking this issue…',
  walkedAt: (at: string): string => `From the walk of ${at.slice(0, 16).replace('T', ' ')} UTC`,
  walking: 'No walk of this project yet: one has started in the background. Open this panel again in a minute.',
  thisIssue: (n: number): string => `This issue (${n})`,
  noFindings: 'No findings on this issue.',
  memberDay: (name: string, day: string | null): string => `${name}'s day ${day ?? ''}`,
  memberClear: 'Focus In, Focus Out, worklog and reading are all in order.',
  notOnTeam: 'Assigned to nobody on the team.',
  dayHidden: "A colleague's day is theirs and the TPMs' to read (this project's privacy setting).",
  failed: 'That did not work',
  formLabel: { in: 'Focus In: what you will do', out: 'Focus Out: what you did' },
  post: 'Post comment',
  posting: 'Posting…',
  cancel: 'Cancel',
  postIn: 'Post Focus In',
  postOut: 'Post Focus Out',
  logWork: 'Log work',
  prefixHint: (kind: 'in' | 'out'): string =>
    `"Focus ${kind === 'in' ? 'In' : 'Out'}" is added at the top for you; write the rest.`,
  logged: (minutes: number, day: string): string =>
    `Work logged. Your time on this issue on ${day}: ${Math.floor(minutes / 60)}h ${minutes % 60}m.`,
  work: {
    spent: 'Time spent (such as 1h 30m)',
    started: 'Started',
    comment: 'What you worked on (optional)',
    log: 'Log work',
    logging: 'Logging…',
  },
} as const;
