import { z } from 'zod';
import { CHECK_IDS, type CheckId } from '../core/check-ids';
import { toInputError } from '../core/zod-input-error';
import { isValidZone } from '../core/time/zones';
import { DEFAULTS, PROFILES, type ProfileId } from './defaults';
import { PATTERN_KEYS, patternError } from './patterns';
import type { ChecklistItem } from './checklist';

/**
 * The one settings schema (settings.md) shared by the app, the command line and the tests.
 * Every key is optional; unknown keys are rejected; patterns must compile.
 */
const names = z.array(z.string().trim().min(1));
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date');
const pattern = z.string().superRefine((value, ctx) => {
  const error = patternError(value);
  if (error) ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${error}` });
});
const checkId = z.enum(CHECK_IDS);

const checklistItemSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  cadence: z.enum(['daily', 'weekly']),
  check: checkId.optional(),
});

export const settingsInputSchema = z.strictObject({
  profile: z.enum(Object.keys(PROFILES) as [ProfileId, ...ProfileId[]]).optional(),
  focusStatuses: names.optional(),
  reviewStatuses: names.optional(),
  codeStatuses: names.optional(),
  deployStatuses: names.optional(),
  members: z.array(z.string().min(1)).optional(),
  timezone: z.string().refine(isValidZone, { message: 'expected an IANA time zone such as Europe/Berlin' }).optional(),
  workingDays: z.array(z.number().int().min(1).max(7)).min(1, 'at least one working day').optional(),
  holidays: z.array(date).optional(),
  focusInPattern: pattern.optional(),
  focusOutPattern: pattern.optional(),
  focusInDueBy: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a local time HH:mm')
    .optional(),
  blockerPattern: pattern.optional(),
  questionWindowDays: z.number().min(0).max(366).optional(),
  worklogGraceDays: z.number().int().min(0).max(10).optional(),
  allowedIssueTypes: names.optional(),
  labels: z.strictObject({ allowed: z.array(z.string().min(1)).optional() }).optional(),
  branchPattern: pattern.optional(),
  commitPattern: pattern.optional(),
  pr: z
    .strictObject({
      maxLines: z.number().int().min(1).optional(),
      minApprovals: z.number().int().min(0).optional(),
      maxReviewDays: z.number().int().min(0).optional(),
    })
    .optional(),
  blocked: z
    .strictObject({
      escalateDays: z
        .tuple([z.number().int().min(0), z.number().int().min(0)])
        .refine(([two, three]) => two <= three, { message: 'level 2 must not come after level 3' })
        .optional(),
      criticalPriorities: names.optional(),
    })
    .optional(),
  workload: z.strictObject({ overloadFactor: z.number().min(1).optional() }).optional(),
  reading: z
    .strictObject({
      targetMinutes: z.number().int().min(0).max(1440).optional(),
      spaces: z.array(z.string().min(1)).optional(),
    })
    .optional(),
  checks: z.partialRecord(checkId, z.boolean()).optional(),
  checklist: z.array(checklistItemSchema).optional(),
  history: z.strictObject({ retentionDays: z.number().int().min(7).max(3660).optional() }).optional(),
});

export type SettingsInput = z.input<typeof settingsInputSchema>;

/** Settings with every default applied. */
export interface Settings {
  profile: ProfileId;
  focusStatuses: string[];
  reviewStatuses: string[];
  codeStatuses: string[];
  deployStatuses: string[];
  members: string[];
  timezone: string;
  workingDays: number[];
  holidays: string[];
  focusInPattern: string;
  focusOutPattern: string;
  focusInDueBy: string;
  blockerPattern: string;
  questionWindowDays: number;
  worklogGraceDays: number;
  allowedIssueTypes: string[];
  labels: { allowed: string[] };
  branchPattern: string;
  commitPattern: string;
  pr: { maxLines: number; minApprovals: number; maxReviewDays: number };
  blocked: { escalateDays: [number, number]; criticalPriorities: string[] };
  workload: { overloadFactor: number };
  reading: { targetMinutes: number; spaces: string[] };
  checks: Record<CheckId, boolean>;
  checklist: ChecklistItem[];
  /** Days of stored walks the daily trigger keeps (older ones are deleted). */
  history: { retentionDays: number };
}

/** Validates settings (undefined/null: all defaults), applying profile preset then explicit keys. */
export function parseSettings(input: unknown): Settings {
  const result = settingsInputSchema.safeParse(input ?? {});
  if (!result.success) throw toInputError('settings', result.error);
  const s = result.data;
  const profile = s.profile ?? 'focus-walk';
  const preset = PROFILES[profile];
  const checks = Object.fromEntries(CHECK_IDS.map((id) => [id, s.checks?.[id] ?? true])) as Record<CheckId, boolean>;
  return {
    profile,
    focusStatuses: s.focusStatuses ?? [...preset.focusStatuses],
    reviewStatuses: s.reviewStatuses ?? [...preset.reviewStatuses],
    codeStatuses: s.codeStatuses ?? [...preset.codeStatuses],
    deployStatuses: s.deployStatuses ?? [...preset.deployStatuses],
    members: s.members ?? [...DEFAULTS.members],
    timezone: s.timezone ?? DEFAULTS.timezone,
    workingDays: s.workingDays ?? [...DEFAULTS.workingDays],
    holidays: s.holidays ?? [...DEFAULTS.holidays],
    focusInPattern: s.focusInPattern ?? DEFAULTS.focusInPattern,
    focusOutPattern: s.focusOutPattern ?? DEFAULTS.focusOutPattern,
    focusInDueBy: s.focusInDueBy ?? DEFAULTS.focusInDueBy,
    blockerPattern: s.blockerPattern ?? DEFAULTS.blockerPattern,
    questionWindowDays: s.questionWindowDays ?? DEFAULTS.questionWindowDays,
    worklogGraceDays: s.worklogGraceDays ?? DEFAULTS.worklogGraceDays,
    allowedIssueTypes: s.allowedIssueTypes ?? [...DEFAULTS.allowedIssueTypes],
    labels: { allowed: s.labels?.allowed ?? [...DEFAULTS.labels.allowed] },
    branchPattern: s.branchPattern ?? DEFAULTS.branchPattern,
    commitPattern: s.commitPattern ?? DEFAULTS.commitPattern,
    pr: { ...DEFAULTS.pr, ...s.pr },
    blocked: {
      escalateDays: s.blocked?.escalateDays ?? [...DEFAULTS.blocked.escalateDays],
      criticalPriorities: s.blocked?.criticalPriorities ?? [...DEFAULTS.blocked.criticalPriorities],
    },
    workload: { ...DEFAULTS.workload, ...s.workload },
    reading: {
      targetMinutes: s.reading?.targetMinutes ?? DEFAULTS.reading.targetMinutes,
      spaces: s.reading?.spaces ?? [...DEFAULTS.reading.spaces],
    },
    checks,
    checklist: s.checklist ?? preset.checklist.map((item) => ({ ...item })),
    history: { retentionDays: s.history?.retentionDays ?? DEFAULTS.history.retentionDays },
  };
}

export { PATTERN_KEYS };
