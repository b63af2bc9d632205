/** What the shared components show to users, in one place. */
export const SHARED = {
  tryAgain: 'Try again',
  open: 'open',
  all: 'All',
  severity: { error: 'error', warning: 'warning', info: 'info' },
  status: { red: 'red', amber: 'amber', green: 'green' },
} as const;
