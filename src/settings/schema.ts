import { z } from 'zod';
import { DateTime } from 'luxon';
import { CHECK_IDS, type CheckId } from '../core/check-ids';
import { toInputError } from '../core/zod-input-error';
import { isValidZone } from '../core/time/zones';
import { DEFAULTS, PROFILES, type ProfileId } from './defaults';
import { PATTERN_KEYS } from './patterns';
import { names, pattern } from './field-schemas';
import { DELIVERY_DEFAULTS, deliverySettings, deliverySettingsInput, type DeliverySettings } from './delivery-settings';
import type { ChecklistItem } from './checklist';

/**
 * The one settings schema (settings.md) shared by the app, the command line and the tests.
 * Every key is optional; unknown keys are rejected; patterns must compile.
 */
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date')
  .refine((d) => DateTime.fromISO(d, { zone: 'utc' }).isValid, 'expected a real calendar date (YYYY-MM-DD)');
const checkId = z.enum(CHECK_IDS);

const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a local time HH:mm');
const accountIds = z.array(z.string().trim().min(1).max(128)).max(50);

const checklistItemSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9._-]+$/, 'expected letters, digits, dots, dashes or underscores'),
  title: z.string().trim().min(1).max(200),
  cadence: z.enum(['daily', 'weekly']),
  checks: z.array(checkId).optional(),
  /** Settings saved before items could name several checks. */
  check: checkId.optional(),
  noLevel3Blocker: z.boolean().optional(),
});

/** The findings a member may be nudged about (checks.md codes). */
export const NUDGE_CODES = [
  'focus-in/missing',
  'focus-out/missing',
  'daily-worklog/missing',
  'reading/short',
  'risk/stale',
] as const;
export type NudgeCode = (typeof NUDGE_CODES)[number];

export const settingsInputSchema = z.strictObject({
  profile: z.enum(Object.keys(PROFILES) as [ProfileId, ...ProfileId[]]).optional(),
  focusStatuses: names.optional(),
  reviewStatuses: names.optional(),
  codeStatuses: names.optional(),
  deployStatuses: names.optional(),
  members: z.array(z.string().min(1).max(128)).max(500).optional(),
  timezone: z.string().refine(isValidZone, { message: 'expected an IANA time zone such as Europe/Berlin' }).optional(),
  workingDays: z.array(z.number().int().min(1).max(7)).min(1, 'at least one working day').optional(),
  holidays: z.array(date).max(1000, 'at most 1,000 holidays').optional(),
  focusInPattern: pattern.optional(),
  focusOutPattern: pattern.optional(),
  focusInDueBy: localTime.optional(),
  blockerPattern: pattern.optional(),
  questionWindowDays: z.number().min(0).max(366).optional(),
  worklogGraceDays: z.number().int().min(0).max(10).optional(),
  allowedIssueTypes: names.optional(),
  labels: z.strictObject({ allowed: z.array(z.string().min(1).max(255)).max(500).optional() }).optional(),
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
      /** checks-delivery.md: a blocker owned by another project is at least this level (1 keeps checks.md's). */
      crossTeamLevel: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    })
    .optional(),
  workload: z.strictObject({ overloadFactor: z.number().min(1).optional() }).optional(),
  reading: z
    .strictObject({
      targetMinutes: z.number().int().min(0).max(1440).optional(),
      spaces: z.array(z.string().min(1).max(255)).max(100).optional(),
    })
    .optional(),
  checks: z.partialRecord(checkId, z.boolean()).optional(),
  checklist: z
    .array(checklistItemSchema)
    .max(100)
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'two checklist items have the same id')
    .optional(),
  nudges: z
    .strictObject({
      checks: z.array(z.enum(NUDGE_CODES)).optional(),
      morningAt: localTime.optional(),
    })
    .optional(),
  digest: z
    .strictObject({
      recipients: accountIds.optional(),
      issueKey: z
        .string()
        .max(50)
        .regex(/^[A-Z][A-Z0-9_]+-\d+$/, 'expected an issue key such as FW-1')
        .nullable()
        .optional(),
      at: localTime.optional(),
    })
    .optional(),
  escalation: z
    .strictObject({
      level2: accountIds.optional(),
      level3: accountIds.optional(),
      auto: z.boolean().optional(),
      securityLabels: z.array(z.string().min(1).max(255)).max(50).optional(),
    })
    .optional(),
  history: z.strictObject({ retentionDays: z.number().int().min(7).max(3660).optional() }).optional(),
  privacy: z.strictObject({ membersSee: z.enum(['team', 'own']).optional() }).optional(),
  statusReport: z
    .strictObject({
      space: z
        .string()
        .regex(/^~?[A-Za-z0-9]{1,255}$/, 'expected a Confluence space key such as TEAM')
        .nullable()
        .optional(),
      parentPageId: z
        .string()
        .regex(/^\d{1,20}$/, 'expected a page id (digits)')
        .nullable()
        .optional(),
      includeChecklist: z.boolean().optional(),
    })
    .optional(),
  ...deliverySettingsInput,
});

export type SettingsInput = z.input<typeof settingsInputSchema>;

/** Settings with every default applied. */
export interface Settings extends DeliverySettings {
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
  blocked: { escalateDays: [number, number]; criticalPriorities: string[]; crossTeamLevel: 1 | 2 | 3 };
  workload: { overloadFactor: number };
  reading: { targetMinutes: number; spaces: string[] };
  checks: Record<CheckId, boolean>;
  checklist: ChecklistItem[];
  /** Days of stored walks the daily trigger keeps (older ones are deleted). */
  history: { retentionDays: number };
  /** What a member sees of colleagues on the project page: the team's rows, or their own only (TPMs see all). */
  privacy: { membersSee: 'team' | 'own' };
  /** Reminders by email to members, opt-in per finding code; the other reminders after `morningAt` local time. */
  nudges: { checks: NudgeCode[]; morningAt: string };
  /** The TPMs' daily digest, sent as a notification on `issueKey` after `at` (settings.timezone). */
  digest: { recipients: string[]; issueKey: string | null; at: string };
  /** Who hears of a blocker at levels 2 and 3; `auto`: the app escalates when a walk first sees a level. */
  escalation: { level2: string[]; level3: string[]; auto: boolean; securityLabels: string[] };
  /** The weekly status report's Confluence space and parent page (none: not published). */
  statusReport: { space: string | null; parentPageId: string | null; includeChecklist: boolean };
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
      crossTeamLevel: s.blocked?.crossTeamLevel ?? DELIVERY_DEFAULTS.crossTeamLevel,
    },
    workload: { ...DEFAULTS.workload, ...s.workload },
    reading: {
      targetMinutes: s.reading?.targetMinutes ?? DEFAULTS.reading.targetMinutes,
      spaces: s.reading?.spaces ?? [...DEFAULTS.reading.spaces],
    },
    checks,
    checklist: s.checklist?.map(checklistItem) ?? preset.checklist.map((item) => ({ ...item })),
    history: { retentionDays: s.history?.retentionDays ?? DEFAULTS.history.retentionDays },
    privacy: { membersSee: s.privacy?.membersSee ?? 'team' },
    nudges: {
      checks: [...new Set(s.nudges?.checks ?? [])],
      morningAt: s.nudges?.morningAt ?? DEFAULTS.nudges.morningAt,
    },
    digest: {
      recipients: [...new Set(s.digest?.recipients ?? [])],
      issueKey: s.digest?.issueKey ?? null,
      at: s.digest?.at ?? DEFAULTS.digest.at,
    },
    escalation: {
      level2: [...new Set(s.escalation?.level2 ?? [])],
      level3: [...new Set(s.escalation?.level3 ?? [])],
      auto: s.escalation?.auto ?? false,
      securityLabels: s.escalation?.securityLabels ?? [],
    },
    statusReport: {
      space: s.statusReport?.space ?? null,
      parentPageId: s.statusReport?.parentPageId ?? null,
      includeChecklist: s.statusReport?.includeChecklist ?? false,
    },
    ...deliverySettings(s),
  };
}

/** A saved item as the app reads it: a legacy single `check` becomes `checks`. */
function checklistItem(input: z.output<typeof checklistItemSchema>): ChecklistItem {
  const checks = input.checks ?? (input.check ? [input.check] : undefined);
  return {
    id: input.id,
    title: input.title,
    cadence: input.cadence,
    ...(checks && checks.length ? { checks: [...new Set(checks)] } : {}),
    ...(input.noLevel3Blocker ? { noLevel3Blocker: true } : {}),
  };
}

export { PATTERN_KEYS };
