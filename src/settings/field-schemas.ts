import { z } from 'zod';
import { patternError } from './patterns';

/** Lists and texts have maximums: settings are one stored value (Forge: 240 KiB), and a form shows them. */
export const names = z.array(z.string().trim().min(1).max(200)).max(200);

/** A settings pattern: compiles as JavaScript and on the linear-time engine (patterns.ts). */
export const pattern = z
  .string()
  .max(1000)
  .superRefine((value, ctx) => {
    const error = patternError(value);
    if (error) ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${error}` });
  });
