import { InputError } from '../../core/input-error';
import { parseInstant } from '../../core/time/instant';

/** `--at`: an ISO-8601 instant with an offset (exit 2 otherwise); absent: now. */
export function instantOption(text: string | undefined, io: { now: () => Date }): Date {
  if (text === undefined) return io.now();
  const ms = parseInstant(text);
  if (Number.isNaN(ms)) throw new InputError('at', '', 'expected an ISO-8601 instant with a time-zone offset');
  return new Date(ms);
}
