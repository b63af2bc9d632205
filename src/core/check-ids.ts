/** The stable ids of checks.md and checks-delivery.md, in catalogue order. */
export const CHECK_IDS = [
  'focus-column',
  'status-column',
  'focus-in',
  'focus-out',
  'open-question',
  'epic-link',
  'daily-worklog',
  'labels',
  'smart-commit',
  'review-pr',
  'blocked',
  'workload',
  'release',
  'reading',
  // checks-delivery.md
  'ci',
  'merge',
  'done',
  'owner',
  'ready',
  'version',
  'risk',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

/** The member-level checks whose (member, check) pairs make the score. */
export const SCORED_CHECKS: readonly CheckId[] = ['focus-column', 'focus-in', 'focus-out', 'daily-worklog', 'reading'];

export function isCheckId(id: string): id is CheckId {
  return (CHECK_IDS as readonly string[]).includes(id);
}
