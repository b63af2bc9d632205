import { z } from 'zod';
import { isInstant } from '../core/time/instant';

/** Shapes the snapshot's parts share. The `format` is for the compiled JSON-Schema validator (parse-snapshot.ts); the refine for zod. */
export const INSTANT_FORMAT = 'jira-instant';
export const instant = z
  .string()
  .refine(isInstant, { message: 'expected an ISO-8601 instant with a time-zone offset' })
  .meta({ format: INSTANT_FORMAT });
export const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date');

/** An agile sprint (the walked one, or the next one of `upcoming`). */
export const sprintSchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  state: z.string().optional(),
  startDate: instant.optional(),
  endDate: instant.optional(),
});
