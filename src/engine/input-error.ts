/**
 * The one error the engine, the settings and the snapshot loaders throw for bad input.
 * `path` names the first bad field (`issues[3].fields.status`, `pr.maxLines`).
 */
export class InputError extends Error {
  readonly path: string;
  readonly source: string;

  constructor(source: string, path: string, reason: string) {
    super(path ? `${source}: ${path}: ${reason}` : `${source}: ${reason}`);
    this.name = 'InputError';
    this.source = source;
    this.path = path;
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
