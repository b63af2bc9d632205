import { FocusWalkError, type ErrorCode } from './errors';

/**
 * The one error the engine, the settings and the snapshot loaders throw for bad input.
 * `path` names the first bad field (`issues[3].fields.status`, `pr.maxLines`).
 */
export class InputError extends FocusWalkError {
  readonly path: string;
  readonly source: string;
  /** Every bad field at once, when the input was checked whole (a settings form shows them all). */
  readonly problems?: ReadonlyArray<{ field: string; message: string }>;

  constructor(source: string, path: string, reason: string) {
    super(path ? `${source}: ${path}: ${reason}` : `${source}: ${reason}`);
    this.name = 'InputError';
    this.source = source;
    this.path = path;
    if (path) (this as { field?: string }).field = path;
  }

  /** Bad settings are the admin's to fix; a bad snapshot inside the app means Jira answered oddly. */
  get code(): ErrorCode {
    return this.source === 'settings'
      ? 'BAD_SETTINGS'
      : this.source === 'snapshot'
        ? 'JIRA_UNAVAILABLE'
        : 'BAD_REQUEST';
  }
}

/** `['issues', 3, 'fields', 'status']` -> `issues[3].fields.status`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}
