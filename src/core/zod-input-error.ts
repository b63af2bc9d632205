import type { z } from 'zod';
import { InputError, formatPath } from './input-error';

/** The first problem of a zod error as an InputError naming its path (and the unknown key, if any). */
export function toInputError(source: string, error: z.ZodError): InputError {
  const first = error.issues[0];
  if (!first) return new InputError(source, '', 'invalid');
  const path: PropertyKey[] = [...first.path];
  if (first.code === 'unrecognized_keys' && first.keys[0] !== undefined) {
    path.push(first.keys[0]);
    return new InputError(source, formatPath(path), 'unknown key');
  }
  return new InputError(source, formatPath(path), first.message);
}
