import type { CheckId } from '../../../src/core/check-ids';

/** The fields of the settings form, by settings.md key path. */
export type FieldKind = 'list' | 'text' | 'number' | 'time' | 'weekdays' | 'pair';

export interface FieldSpec {
  path: string;
  label: string;
  kind: FieldKind;
  help?: string;
}

export const SECTIONS: Array<{ title: string; fields: FieldSpec[] }> = [
  {
    title: 'Board columns',
    fields: [
      { path: 'focusStatuses', label: 'Focus columns', kind: 'list', help: "where a member's current work must be (seed item 1)" },
      { path: 'reviewStatuses', label: 'Review columns', kind: 'list' },
      { path: 'codeStatuses', label: 'Columns that need linked code', kind: 'list' },
      { path: 'deployStatuses', label: 'Columns that need a fix version', kind: 'list' },
    ],
  },
  {
    title: 'Team and calendar',
    fields: [
      { path: 'members', label: 'Members (account ids)', kind: 'list', help: "empty: the sprint's assignees" },
      { path: 'timezone', label: 'Time zone', kind: 'text', help: 'for users without one, and unassigned issues' },
      { path: 'workingDays', label: 'Working days', kind: 'weekdays' },
      { path: 'holidays', label: 'Holidays', kind: 'list', help: 'YYYY-MM-DD, comma-separated' },
    ],
  },
  {
    title: 'Focus In and Out, questions, worklogs',
    fields: [
      { path: 'focusInPattern', label: 'Focus In pattern', kind: 'text' },
      { path: 'focusOutPattern', label: 'Focus Out pattern', kind: 'text' },
      { path: 'focusInDueBy', label: "Today's Focus In due by", kind: 'time' },
      { path: 'blockerPattern', label: 'Blocker pattern', kind: 'text' },
      { path: 'questionWindowDays', label: 'Open questions: days back', kind: 'number' },
      { path: 'worklogGraceDays', label: 'Worklog grace (working days)', kind: 'number' },
    ],
  },
  {
    title: 'Code and reviews',
    fields: [
      { path: 'branchPattern', label: 'Branch pattern', kind: 'text', help: '{KEY} stands for the issue key' },
      { path: 'commitPattern', label: 'Commit pattern', kind: 'text' },
      { path: 'pr.maxLines', label: 'Largest pull request (lines)', kind: 'number' },
      { path: 'pr.minApprovals', label: 'Approvals needed', kind: 'number' },
      { path: 'pr.maxReviewDays', label: 'Days in review before stale', kind: 'number' },
    ],
  },
  {
    title: 'Blockers, workload, taxonomy, reading',
    fields: [
      { path: 'blocked.escalateDays', label: 'Escalate to level 2 / 3 after (working days)', kind: 'pair' },
      { path: 'blocked.criticalPriorities', label: 'Priorities that escalate at once', kind: 'list' },
      { path: 'workload.overloadFactor', label: 'Overloaded above median ×', kind: 'number' },
      { path: 'allowedIssueTypes', label: 'Allowed issue types', kind: 'list' },
      { path: 'labels.allowed', label: 'Label taxonomy', kind: 'list', help: 'empty: no label checks' },
      { path: 'reading.targetMinutes', label: 'Daily reading target (minutes)', kind: 'number' },
      { path: 'history.retentionDays', label: 'Keep stored walks (days)', kind: 'number', help: 'older days are deleted by the daily walk' },
    ],
  },
];

export const CHECK_LABELS: Array<[CheckId, string]> = [
  ['focus-column', 'Focus column'],
  ['status-column', 'Status column'],
  ['focus-in', 'Focus In'],
  ['focus-out', 'Focus Out'],
  ['open-question', 'Open questions'],
  ['epic-link', 'Epic link'],
  ['daily-worklog', 'Daily worklog'],
  ['labels', 'Labels and types'],
  ['smart-commit', 'Smart commits'],
  ['review-pr', 'Pull-request review'],
  ['blocked', 'Blocked'],
  ['workload', 'Workload'],
  ['release', 'Release'],
  ['reading', 'Reading hour'],
];

type Doc = Record<string, unknown>;

export function getPath(doc: Doc, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Doc)[key] : undefined), doc);
}

/** A copy of `doc` with `path` set (undefined: removed, so the default applies). */
export function setPath(doc: Doc, path: string, value: unknown): Doc {
  const [head = '', ...rest] = path.split('.');
  const copy: Doc = { ...doc };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  const child = setPath((copy[head] as Doc | undefined) ?? {}, rest.join('.'), value);
  if (Object.keys(child).length === 0) delete copy[head];
  else copy[head] = child;
  return copy;
}
