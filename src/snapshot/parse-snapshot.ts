import Ajv, { type ValidateFunction } from 'ajv';
import { z } from 'zod';
import { InputError } from '../core/input-error';
import { isInstant } from '../core/time/instant';
import { toInputError } from '../core/zod-input-error';
import { INSTANT_FORMAT } from './common-shapes';
import { changelogSchema, issueSchema, snapshotSchema, type Snapshot } from './schema';

/**
 * Snapshot validation. The zod schema is the one definition; for speed it is compiled once to
 * JSON Schema and checked by ajv, which validates in place (a 2,000-issue sprint holds ~130,000
 * objects: zod's parse copies every one of them, ajv copies none). Only when ajv rejects does
 * zod run, to name the first bad field in the same words as the settings errors. Each validator
 * is compiled on first use (the whole snapshot's takes ~140 ms): a walk of a good snapshot
 * compiles only the shell's and the issue's, a background walk's parseSnapshot only the whole's.
 */
const SCHEMAS = {
  /** The whole snapshot. */
  all: () => snapshotSchema,
  /**
   * Everything but the issues and the changelog entries. Not even the issues' keys and ids: the
   * walk reads those in its first pass over the issues and checks an issue there when they are
   * not strings (issue-scan.ts). Each changelog entry is checked as the walk indexes it. At
   * 20,000 issues neither lies in any cache: the shell's own pass over the changelogs, only to
   * check them, took 26 ms a walk, and the walk then read them all again.
   */
  shell: () => snapshotSchema.extend({ issues: z.array(z.unknown()), changelogs: z.array(z.unknown()).optional() }),
  /** One issue. */
  issue: () => issueSchema,
  /** One changelog entry. */
  changelog: () => changelogSchema,
} satisfies Record<string, () => z.ZodType>;

let ajv: Ajv | undefined;
const validators = new Map<keyof typeof SCHEMAS, ValidateFunction>();

function compiled(name: keyof typeof SCHEMAS): ValidateFunction {
  let validate = validators.get(name);
  if (!validate) {
    if (!ajv) {
      ajv = new Ajv({ allErrors: false, strict: false });
      ajv.addFormat(INSTANT_FORMAT, { type: 'string', validate: isInstant });
    }
    validate = ajv.compile(z.toJSONSchema(SCHEMAS[name](), { io: 'input', target: 'draft-7' }));
    validators.set(name, validate);
  }
  return validate;
}

/** Validates a snapshot; a bad one is rejected whole, naming the first bad field. The input is not copied. */
export function parseSnapshot(input: unknown): Snapshot {
  const all = compiled('all');
  if (!all(input)) rejected(input, all);
  const snapshot = input as Snapshot;
  snapshot.issues.forEach((_, i) => checkCustomFields(snapshot, i));
  return snapshot;
}

/** Checks one issue or changelog entry of a snapshot read lazily; a bad one throws parseSnapshot's own error. */
export interface LazyChecks {
  checkIssue: (index: number) => void;
  checkChangelog: (index: number) => void;
}

/** A snapshot whose issues and changelog entries are still to be checked, one by one, by whoever reads them. */
export interface UncheckedIssues extends LazyChecks {
  snapshot: Snapshot;
  /** Checks every issue and changelog entry. */
  checkAll: () => void;
}

/**
 * Validates all but the insides of the issues and the changelog entries, which the walk checks as
 * it reads each one, while its objects are in the processor's cache (validating a large sprint
 * whole, then reading it again, was a third of a walk). Any bad one rejects the snapshot with the
 * error parseSnapshot gives, whichever is read first.
 */
export function parseSnapshotLazily(input: unknown): UncheckedIssues {
  const shell = compiled('shell');
  const issue = compiled('issue');
  if (!shell(input)) rejected(input, shell);
  const snapshot = input as Snapshot;
  // On a bad one the whole snapshot is checked, so the error is the one parseSnapshot names.
  const checkIssue = (index: number): void => {
    if (!issue(snapshot.issues[index])) {
      parseSnapshot(input);
      rejected(input, issue, `/issues/${index}`);
    }
    try {
      checkCustomFields(snapshot, index);
    } catch (error) {
      parseSnapshot(input);
      throw error;
    }
  };
  let changelog: ValidateFunction | undefined;
  const checkChangelog = (index: number): void => {
    changelog ??= compiled('changelog');
    if (!changelog(snapshot.changelogs?.[index])) {
      parseSnapshot(input);
      rejected(input, changelog, `/changelogs/${index}`);
    }
  };
  const checkAll = (): void => {
    snapshot.issues.forEach((_, i) => checkIssue(i));
    snapshot.changelogs?.forEach((_, i) => checkChangelog(i));
  };
  return { snapshot, checkIssue, checkChangelog, checkAll };
}

/** The first bad field, named as zod names it (ajv's own words if zod finds none). */
function rejected(input: unknown, validate: ValidateFunction, at = ''): never {
  const result = snapshotSchema.safeParse(input);
  if (!result.success) throw toInputError('snapshot', result.error);
  const first = validate.errors?.[0];
  const path = (at + (first?.instancePath ?? ''))
    .split('/')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
  throw new InputError('snapshot', path, first?.message ?? 'invalid');
}

/** The site-specific fields (story points, flagged) are named by `fields`; check their values. */
function checkCustomFields(snapshot: Snapshot, i: number): void {
  const { storyPoints, flagged } = snapshot.fields ?? {};
  const issue = snapshot.issues[i];
  if (issue) {
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
  }
}
