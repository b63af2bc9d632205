import type { CheckId } from '../core/check-ids';

/**
 * A checklist item. One the walk can judge names its `checks`: the walk ticks it only when each
 * of them ran and found nothing (and, with `noLevel3Blocker`, no open blocker is at level 3).
 */
export interface ChecklistItem {
  id: string;
  title: string;
  cadence: 'daily' | 'weekly';
  checks?: CheckId[];
  noLevel3Blocker?: boolean;
}

type Judged = CheckId | CheckId[] | { checks: CheckId[]; noLevel3Blocker: true };

function item(cadence: ChecklistItem['cadence'], id: string, title: string, judged?: Judged): ChecklistItem {
  if (judged === undefined) return { id, title, cadence };
  if (typeof judged === 'string') return { id, title, cadence, checks: [judged] };
  if (Array.isArray(judged)) return { id, title, cadence, checks: judged };
  return { id, title, cadence, ...judged };
}
const daily = (id: string, title: string, judged?: Judged): ChecklistItem => item('daily', id, title, judged);
const weekly = (id: string, title: string, judged?: Judged): ChecklistItem => item('weekly', id, title, judged);
/** Release readiness: the release check, and nothing blocked at the sponsor's level. */
const RELEASE = { checks: ['release' as const], noLevel3Blocker: true as const };
/** checks-delivery.md: the release readiness review also names `version`. */
const RELEASE_REVIEW = { checks: ['release' as const, 'version' as const], noLevel3Blocker: true as const };

/** The Focus Walk seed's 27 tasks, the reading hour (seed 000) and the weekly risk review (checks-delivery.md). */
export const FOCUS_WALK_CHECKLIST: readonly ChecklistItem[] = [
  daily('sprint-columns', 'Every member has an issue in a focus column', 'focus-column'),
  daily('focus-comments', 'Focus In / Focus Out comments written; questions answered', [
    'focus-in',
    'focus-out',
    'open-question',
  ]),
  daily('focus-feedback', 'Focus In / Out refer to the Focus Track "Feedback" tab'),
  daily('epic-links', 'Every issue belongs to an epic', 'epic-link'),
  daily('time-log', 'Work logged daily on the in-progress issue', 'daily-worklog'),
  daily('smart-commits', 'Smart commits and branches follow the conventions', 'smart-commit'),
  daily('labels-types', 'Labels and issue types categorised properly', 'labels'),
  daily('pr-spot-check', 'Spot-check pull requests in the review column', 'review-pr'),
  daily('api-verification', 'Verify APIs against the official documentation with developers'),
  daily('openlens-insights', 'Developers share OpenLens insights on cluster health'),
  daily('release-call', 'Ask developers about stopping points and the next release', RELEASE),
  daily('touch-base', 'Touch base with each team member'),
  daily('upcoming-issues', 'Discuss upcoming issues and enrich tickets', 'ready'),
  daily('slack-engagement', 'Check Slack engagement and response times'),
  daily('openlens-health', 'Check server performance and system health in OpenLens'),
  daily('ci-cd', 'Monitor CI/CD pipelines and AWS CodeBuild logs', 'ci'),
  weekly('workload-balance', 'Assess workload and balance new issues across the team', 'workload'),
  weekly('client-feedback', 'Review client feedback on deployed features'),
  weekly('cross-functional', 'Coordinate with design, QA and operations'),
  weekly('blocked-follow-up', 'Follow up on blocked issues and their dependencies', 'blocked'),
  weekly('braintree', 'Check Braintree for payment authorisation issues'),
  weekly('encouragement', 'Give the team encouragement and process feedback'),
  weekly('documentation', 'Technical documentation up to date and compliant'),
  weekly('security-checks', 'Security checks of codebase and infrastructure'),
  weekly('performance-reviews', 'Periodic performance reviews'),
  weekly('training', 'Identify training needs and opportunities'),
  weekly('innovation', 'Make time for innovation and research'),
  weekly('risk-review', 'Risk review', 'risk'),
  daily('reading-hour', 'Every member spent an hour reading Confluence updates', 'reading'),
];

/** Seed 002's execution checklist and review checkpoints, added by the `octoacme` profile. */
export const OCTOACME_CHECKLIST: readonly ChecklistItem[] = [
  weekly('branching-conventions', 'Branching and PR conventions documented in repo'),
  weekly('ci-tests-lint', 'CI configured for tests and lint', 'ci'),
  weekly('demos-scheduled', 'Regular demos scheduled'),
  weekly('risk-register', 'Risk register updated weekly', 'risk'),
  weekly('role-owners', 'Role owners assigned for all active work items', 'owner'),
  weekly('review-checkpoints', 'Stakeholder review checkpoints on the project calendar'),
  weekly('design-review', 'Technical design review completed for major features'),
  weekly('release-readiness', 'Release readiness review before each deployment', RELEASE_REVIEW),
  weekly('security-scanning', 'Security scanning enabled in CI pipeline'),
  weekly('runbooks', 'On-call and incident response runbooks up to date'),
  weekly('sprint-demo', 'Sprint / milestone demo held with stakeholders'),
  // Its 'Weekly risk review in the delivery sync' is the default checklist's 'risk-review' (same id, so ticks carry).
];
