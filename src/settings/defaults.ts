import { FOCUS_WALK_CHECKLIST, OCTOACME_CHECKLIST, type ChecklistItem } from './checklist';

/** Status lists that a profile presets (settings.md `profile`). */
export interface StatusPreset {
  focusStatuses: string[];
  reviewStatuses: string[];
  codeStatuses: string[];
  deployStatuses: string[];
  checklist: ChecklistItem[];
}

export const PROFILES = {
  'focus-walk': {
    focusStatuses: ['Design', 'Research', 'Optimize', 'Implement', 'Deploy'],
    reviewStatuses: ['Review', 'In Review'],
    codeStatuses: ['Implement', 'Review', 'In Review'],
    deployStatuses: ['Deploy'],
    checklist: [...FOCUS_WALK_CHECKLIST],
  },
  // Seed 002's board: Backlog, Ready, In Progress, In Review, QA, Done.
  octoacme: {
    focusStatuses: ['In Progress', 'QA'],
    reviewStatuses: ['In Review'],
    codeStatuses: ['In Progress', 'In Review'],
    deployStatuses: ['QA'],
    checklist: [...FOCUS_WALK_CHECKLIST, ...OCTOACME_CHECKLIST],
  },
} satisfies Record<string, StatusPreset>;

export type ProfileId = keyof typeof PROFILES;

/** Defaults of settings.md other than the profile's status lists. */
export const DEFAULTS = {
  members: [] as string[],
  timezone: 'UTC',
  workingDays: [1, 2, 3, 4, 5],
  holidays: [] as string[],
  focusInPattern: '^focus[\\s_-]*in\\b',
  focusOutPattern: '^focus[\\s_-]*out\\b',
  focusInDueBy: '10:00',
  blockerPattern: '\\b(blocked|stuck|need(s)? help)\\b',
  questionWindowDays: 7,
  worklogGraceDays: 1,
  allowedIssueTypes: ['Epic', 'Story', 'Task', 'Bug', 'Improvement', 'New Feature', 'Sub-task', 'Subtask', 'Spike'],
  labels: {
    allowed: ['bug', 'improvement', 'feature', 'chore', 'research', 'design', 'documentation', 'security', 'tech-debt'],
  },
  branchPattern: '^(feature|bugfix|hotfix|chore|release)/{KEY}(-[a-z0-9._-]+)?$',
  commitPattern: '\\b{KEY}\\b',
  pr: { maxLines: 400, minApprovals: 1, maxReviewDays: 2 },
  blocked: { escalateDays: [2, 5] as [number, number], criticalPriorities: ['Highest', 'Blocker'] },
  workload: { overloadFactor: 1.5 },
  reading: { targetMinutes: 60, spaces: [] as string[] },
  history: { retentionDays: 180 },
  nudges: { morningAt: '09:00' },
  digest: { at: '09:00' },
};
