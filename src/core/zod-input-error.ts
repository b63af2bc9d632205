import type { z } from 'zod';
import { InputError, formatPath } from './input-error';

/** A zod issue in plain words ("at least 1", "one of: team, own"), never zod's own wording. */
export function plainMessage(issue: z.core.$ZodIssue): string {
  const i = issue as z.core.$ZodIssue & {
    minimum?: number | bigint;
    maximum?: number | bigint;
    origin?: string;
    expected?: string;
    values?: unknown[];
    inclusive?: boolean;
  };
  const unit = i.origin === 'string' ? ' characters' : i.origin === 'array' ? ' items' : '';
  switch (i.code) {
    case 'too_small':
      if (i.origin === 'string' && Number(i.minimum) === 1) return 'must not be empty';
      return `${i.inclusive === false ? 'more than' : 'at least'} ${String(i.minimum)}${unit}`;
    case 'too_big':
      return `${i.inclusive === false ? 'less than' : 'at most'} ${String(i.maximum)}${unit}`;
    case 'invalid_type':
      return `expected ${i.expected === 'array' ? 'a list' : `a ${String(i.expected)}`}`;
    case 'invalid_value':
      return `expected one of: ${(i.values ?? []).map(String).join(', ')}`;
    case 'unrecognized_keys':
      return 'unknown key';
    default:
      return i.message.startsWith('Invalid') ? 'not a valid value here' : i.message;
  }
}

/** Every problem of a zod error, each with its path, in plain words. */
export function problemsOf(error: z.ZodError): Array<{ field: string; message: string }> {
  return error.issues.map((issue) => {
    const path: PropertyKey[] = [...issue.path];
    if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
    return { field: formatPath(path), message: plainMessage(issue) };
  });
}

/** The problems of a zod error as an InputError naming the first one's path (all of them in `problems`). */
export function toInputError(source: string, error: z.ZodError): InputError {
  const problems = problemsOf(error);
  const first = problems[0];
  if (!first) return new InputError(source, '', 'invalid');
  const e = new InputError(source, first.field, first.message);
  (e as { problems?: typeof problems }).problems = problems;
  return e;
}
