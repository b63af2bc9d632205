/** Exit codes of cli.md. */
export const EXIT = {
  ok: 0,
  findings: 1,
  badInput: 2,
  siteUnreadable: 3,
} as const;
