import { InputError } from '../engine/input-error';
import { toInputError } from '../engine/zod-input-error';
import { snapshotSchema, type Snapshot } from './schema';

/** Validates a snapshot; a bad one is rejected whole, naming the first bad field. */
export function parseSnapshot(input: unknown): Snapshot {
  const result = snapshotSchema.safeParse(input);
  if (!result.success) throw toInputError('snapshot', result.error);
  const snapshot = result.data;
  checkCustomFields(snapshot);
  return snapshot;
}

/** The site-specific fields (story points, flagged) are named by `fields`; check their values. */
function checkCustomFields(snapshot: Snapshot): void {
  const { storyPoints, flagged } = snapshot.fields;
  snapshot.issues.forEach((issue, i) => {
    const fields = issue.fields as Record<string, unknown>;
    if (storyPoints) {
      const points = fields[storyPoints];
      if (points !== undefined && points !== null && (typeof points !== 'number' || !Number.isFinite(points))) {
        throw new InputError('snapshot', `issues[${i}].fields.${storyPoints}`, 'expected a number of story points or null');
      }
    }
    if (flagged) {
      const flag = fields[flagged];
      if (flag !== undefined && flag !== null && !Array.isArray(flag)) {
        throw new InputError('snapshot', `issues[${i}].fields.${flagged}`, 'expected an array of flag options or null');
      }
    }
  });
}
