import type { CheckId } from '../../src/app/contract';

/** Each check's name as people read it; the id (`focus-in`) stays in a tooltip and in exports. */
export const CHECK_NAMES = {
  'focus-column': 'Focus column',
  'status-column': 'Status column',
  'focus-in': 'Focus In',
  'focus-out': 'Focus Out',
  'open-question': 'Open question',
  'epic-link': 'Epic link',
  'daily-worklog': 'Daily worklog',
  labels: 'Labels and types',
  'smart-commit': 'Smart commits',
  'review-pr': 'Pull request review',
  blocked: 'Blocked',
  workload: 'Workload',
  release: 'Fix version',
  reading: 'Reading hour',
  ci: 'CI',
  merge: 'Merged pull requests',
  done: 'Done means done',
  owner: 'Owner',
  ready: 'Ready to plan',
  version: 'Release',
  risk: 'Risk',
} satisfies Record<CheckId, string>;

export const checkName = (id: string): string => (CHECK_NAMES as Record<string, string>)[id] ?? id;

/** "FW-1, FW-2 and 198 more". */
export const collapsed = (keys: readonly string[], shown = 5): { shown: string[]; more: number } => ({
  shown: keys.slice(0, shown),
  more: Math.max(0, keys.length - shown),
});

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
/** Natural order: "Member 2" before "Member 10". */
export const naturalCompare = (a: string, b: string): number => collator.compare(a, b);
/** A sort key that orders naturally as a plain string (numbers zero-padded). */
export const naturalKey = (text: string): string => text.toLowerCase().replace(/\d+/g, (n) => n.padStart(12, '0'));

/** What a finding that is about no issue is about (checks-delivery.md `subject`): "Version 1.4.0", "Risk Vendor API". */
export function subjectLabel(f: { subject?: string | null; data: Record<string, unknown> }): string | null {
  if (!f.subject) return null;
  if (f.subject.startsWith('version:'))
    return `Version ${typeof f.data.version === 'string' ? f.data.version : f.subject.slice(8)}`;
  if (f.subject.startsWith('risk:'))
    return `Risk: ${typeof f.data.title === 'string' ? f.data.title : f.subject.slice(5)}`;
  return f.subject;
}
