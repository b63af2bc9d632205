import Ajv, { type ValidateFunction } from 'ajv';
import { z } from 'zod';
import { InputError } from '../core/input-error';
import { isInstant } from '../core/time/instant';
import { toInputError } from '../core/zod-input-error';
import { INSTANT_FORMAT } from './common-shapes';
import { snapshotSchema, type Snapshot } from './schema';

/**
 * Snapshot validation. The zod schema is the one definition; for speed it is compiled once to
 * JSON Schema and checked by ajv, which validates in place (a 2,000-issue sprint holds ~130,000
 * objects: zod's parse copies every one of them, ajv copies none). Only when ajv rejects does
 * zod run, to name the first bad field in the same words as the settings errors.
 */
let validator: ValidateFunction | undefined;

function compiled(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ allErrors: false, strict: false });
    ajv.addFormat(INSTANT_FORMAT, { type: 'string', validate: isInstant });
    validator = ajv.compile(z.toJSONSchema(snapshotSchema, { io: 'input', target: 'draft-7' }));
  }
  return validator;
}

/** Validates a snapshot; a bad one is rejected whole, naming the first bad field. The input is not copied. */
export function parseSnapshot(input: unknown): Snapshot {
  const validate = compiled();
  if (!validate(input)) {
    const result = snapshotSchema.safeParse(input);
    if (!result.success) throw toInputError('snapshot', result.error);
    const first = validate.errors?.[0];
    const path = (first?.instancePath ?? '')
      .split('/')
      .filter(Boolean)
      .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`))
      .join('')
      .replace(/^\./, '');
    throw new InputError('snapshot', path, first?.message ?? 'invalid');
  }
  const snapshot = input as Snapshot;
  checkCustomFields(snapshot);
  return snapshot;
}

/** The site-specific fields (story points, flagged) are named by `fields`; check their values. */
function checkCustomFields(snapshot: Snapshot): void {
  const { storyPoints, flagged } = snapshot.fields ?? {};
  snapshot.issues.forEach((issue, i) => {
    const fields = issue.fields as Record<string, unknown>;
    if (storyPoints) {
      const points = fields[storyPoints];
      if (points !== undefined && points !== null && (typeof points !== 'number' || !Number.isFinite(points))) {
        throw new InputError(
          'snapshot',
          `issues[${i}].fields.${storyPoints}`,
          'expected a number of story points or null',
        );
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
