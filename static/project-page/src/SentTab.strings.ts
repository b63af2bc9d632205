/** The strings of the SentTab (the project page's S.sent). */
export const SENT_STRINGS = {
  sent: {
    empty: 'Nothing sent in the last 90 days: nudges, the digest and escalations are listed here.',
    columns: { at: 'When', kind: 'What', to: 'To', by: 'By', issue: 'Issue', what: 'Said' },
    kinds: { nudge: 'nudge', digest: 'digest', escalation: 'escalation' },
    trigger: 'the hourly trigger',
  },
} as const;
