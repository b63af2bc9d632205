import { z } from 'zod';

/** Resolver payloads. Unknown fields (an account id, say) are dropped: never trusted, never used. */
export const PAYLOADS = {
  getWalk: z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD day').optional() }),
  getSettings: z.object({}),
  saveSettings: z.object({ settings: z.unknown() }),
  tick: z.object({ itemId: z.string().min(1).max(100), ticked: z.boolean() }),
  getIssueFindings: z.object({}),
  postFocusComment: z.object({ kind: z.enum(['in', 'out']), text: z.string().trim().min(1, 'write what you plan or did').max(2000) }),
};
