import type { CheckId, NudgeCode } from '../../../src/app/contract';
import { S } from './strings';

/** The fields of the settings form, by settings.md key path; labels and help live in strings.ts. */
export type FieldKind = 'people' | 'list' | 'text' | 'number' | 'time' | 'weekdays' | 'pair' | 'bool' | 'nudges';

/** The finding codes a member may be nudged about (settings `nudges.checks`), as the form names them. */
export const NUDGE_CODES = {
  'focus-in/missing': 'Focus In missing',
  'focus-out/missing': 'Focus Out missing',
  'daily-worklog/missing': 'No work logged',
  'reading/short': 'Reading hour short',
  'risk/stale': 'Risk review due (to its owner, once a week)',
} as const satisfies Record<NudgeCode, string>;

export interface FieldSpec {
  path: string;
  kind: FieldKind;
}

const f = (path: string, kind: FieldKind): FieldSpec => ({ path, kind });

export const SECTIONS: Array<{ title: string; fields: FieldSpec[] }> = [
  {
    title: S.settings.sections.outreach,
    fields: [
      f('nudges.checks', 'nudges'),
      f('nudges.morningAt', 'time'),
      f('digest.recipients', 'people'),
      f('digest.issueKey', 'text'),
      f('digest.at', 'time'),
      f('escalation.level2', 'people'),
      f('escalation.level3', 'people'),
      f('escalation.auto', 'bool'),
      f('escalation.securityLabels', 'list'),
    ],
  },
  {
    title: S.settings.sections.report,
    fields: [
      f('statusReport.space', 'text'),
      f('statusReport.parentPageId', 'text'),
      f('statusReport.includeChecklist', 'bool'),
    ],
  },
  {
    title: S.settings.sections.columns,
    fields: [
      f('focusStatuses', 'list'),
      f('reviewStatuses', 'list'),
      f('codeStatuses', 'list'),
      f('deployStatuses', 'list'),
    ],
  },
  {
    title: S.settings.sections.team,
    fields: [f('members', 'people'), f('timezone', 'text'), f('workingDays', 'weekdays'), f('holidays', 'list')],
  },
  {
    title: S.settings.sections.focus,
    fields: [
      f('focusInPattern', 'text'),
      f('focusOutPattern', 'text'),
      f('focusInDueBy', 'time'),
      f('blockerPattern', 'text'),
      f('questionWindowDays', 'number'),
      f('worklogGraceDays', 'number'),
    ],
  },
  {
    title: S.settings.sections.code,
    fields: [
      f('branchPattern', 'text'),
      f('commitPattern', 'text'),
      f('pr.maxLines', 'number'),
      f('pr.minApprovals', 'number'),
      f('pr.maxReviewDays', 'number'),
    ],
  },
  {
    title: S.settings.sections.rest,
    fields: [
      f('blocked.escalateDays', 'pair'),
      f('blocked.criticalPriorities', 'list'),
      f('workload.overloadFactor', 'number'),
      f('allowedIssueTypes', 'list'),
      f('labels.allowed', 'list'),
      f('reading.targetMinutes', 'number'),
      f('history.retentionDays', 'number'),
      f('privacy.membersSee', 'text'),
    ],
  },
];

/** A field's label and help; a path without strings shows itself, so a new field is never blank. */
export const fieldText = (path: string): { label: string; help?: string } => {
  const [label = path, help] = S.settings.fields[path] ?? [];
  return help ? { label, help } : { label };
};

export const CHECK_LABELS = Object.entries(S.settings.checkLabels) as Array<[CheckId, string]>;

type Doc = Record<string, unknown>;

export function getPath(doc: Doc, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Doc)[key] : undefined), doc);
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
