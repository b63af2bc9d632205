import { z } from 'zod';
import { names, pattern } from './field-schemas';

/**
 * The settings of checks-delivery.md (ready, release, risks), under settings.md's rules:
 * optional, defaulted, validated by the one schema (schema.ts spreads these keys into it).
 */

export const DELIVERY_DEFAULTS = {
  ready: {
    statuses: ['Ready'],
    maxIssues: 200,
    minDescription: 30,
    acceptancePattern: 'acceptance criteria|\\bgiven\\b[\\s\\S]*\\bwhen\\b[\\s\\S]*\\bthen\\b',
    acceptanceTypes: ['Story', 'Bug'],
    estimateTypes: ['Story', 'Task', 'Bug'],
  },
  release: { horizonDays: 5 },
  risks: { reviewDays: 7, mitigateFrom: 12 },
  crossTeamLevel: 2 as 1 | 2 | 3,
};

export const deliverySettingsInput = {
  ready: z
    .strictObject({
      statuses: names.optional(),
      maxIssues: z.number().int().min(1).max(1000).optional(),
      minDescription: z.number().int().min(0).max(10_000).optional(),
      acceptancePattern: pattern.optional(),
      acceptanceTypes: names.optional(),
      estimateTypes: names.optional(),
    })
    .optional(),
  release: z.strictObject({ horizonDays: z.number().int().min(0).max(366).optional() }).optional(),
  risks: z
    .strictObject({
      reviewDays: z.number().min(0).max(366).optional(),
      mitigateFrom: z.number().int().min(1).max(25).optional(),
    })
    .optional(),
};

type DeliveryInput = {
  [K in keyof typeof deliverySettingsInput]?: z.output<(typeof deliverySettingsInput)[K]>;
};

export interface DeliverySettings {
  /** The Ready column and what a ticket needs before planning (`ready`). */
  ready: {
    statuses: string[];
    maxIssues: number;
    minDescription: number;
    acceptancePattern: string;
    acceptanceTypes: string[];
    estimateTypes: string[];
  };
  /** Working days before a release date in which unfinished work puts it at risk (`version`). */
  release: { horizonDays: number };
  /** How often each risk is reviewed, and from which score it needs a mitigation (`risk`). */
  risks: { reviewDays: number; mitigateFrom: number };
}

export function deliverySettings(s: DeliveryInput): DeliverySettings {
  const d = DELIVERY_DEFAULTS;
  return {
    ready: {
      statuses: s.ready?.statuses ?? [...d.ready.statuses],
      maxIssues: s.ready?.maxIssues ?? d.ready.maxIssues,
      minDescription: s.ready?.minDescription ?? d.ready.minDescription,
      acceptancePattern: s.ready?.acceptancePattern ?? d.ready.acceptancePattern,
      acceptanceTypes: s.ready?.acceptanceTypes ?? [...d.ready.acceptanceTypes],
      estimateTypes: s.ready?.estimateTypes ?? [...d.ready.estimateTypes],
    },
    release: { horizonDays: s.release?.horizonDays ?? d.release.horizonDays },
    risks: {
      reviewDays: s.risks?.reviewDays ?? d.risks.reviewDays,
      mitigateFrom: s.risks?.mitigateFrom ?? d.risks.mitigateFrom,
    },
  };
}
