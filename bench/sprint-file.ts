/**
 * A generated sprint saved as JSON lines, for the engine bench: written once by a process of its
 * own, read by each measuring process as the CLI reads a saved snapshot (JSON text, parsed in
 * the measuring process). Generated in the measuring process itself, the generator's objects
 * died there and left 640 MB of holes among the 1.4 GB of parsed issues at 20,000 issues: the
 * bench then measured that layout, which no walk of a fetched or saved snapshot has.
 * Not the CLI's own files (json-text.ts, read-json-file.ts): the CLI parses a file under 512 MB
 * whole and a longer one issue by issue, so the 2,000- and 20,000-issue sprints would lie in
 * memory in two different ways; here both are parsed one item at a time.
 * Format: a first line {head, arrays: [name, length][]} (the snapshot's non-list fields and
 * its lists' lengths), then each list's items, one JSON value a line, in the lists' order.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { generateLargeSprint, type LargeSprintOptions } from '../dev/demo/large-sprint';

interface Header {
  head: Record<string, unknown>;
  arrays: [string, number][];
}

export function writeSprintFile(path: string, options: LargeSprintOptions): void {
  const sprint = generateLargeSprint(options);
  const header: Header = { head: {}, arrays: [] };
  for (const [key, value] of Object.entries(sprint)) {
    if (Array.isArray(value)) header.arrays.push([key, value.length]);
    else header.head[key] = value;
  }
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, `${JSON.stringify(header)}\n`);
    for (const [key] of header.arrays)
      for (const item of sprint[key] as unknown[]) writeSync(fd, `${JSON.stringify(item)}\n`);
  } finally {
    closeSync(fd);
  }
}

/** The sprint of a file written by writeSprintFile, each line parsed on its own. */
export function readSprintFile(path: string): Record<string, unknown> {
  const text = readFileSync(path);
  let at = 0;
  const next = (): unknown => {
    const end = text.indexOf(10, at);
    if (end < 0) throw new Error(`${path}: ends before the lists its first line announces`);
    const value = JSON.parse(text.toString('utf8', at, end)) as unknown;
    at = end + 1;
    return value;
  };
  const header = next() as Header;
  const sprint: Record<string, unknown> = { ...header.head };
  for (const [key, length] of header.arrays) {
    const items: unknown[] = [];
    for (let i = 0; i < length; i++) items.push(next());
    sprint[key] = items;
  }
  return sprint;
}

// As a script: `sprint-file.ts <path> <issues> [seed]`, the engine bench's sizes.
if (require.main === module) {
  const [path, issues, seed] = process.argv.slice(2);
  if (!path || !issues) throw new Error('usage: sprint-file.ts <path> <issues> [seed]');
  writeSprintFile(path, {
    issues: Number(issues),
    commentsPerIssue: 20,
    worklogsPerIssue: 10,
    members: 30,
    ...(seed === undefined ? {} : { seed: Number(seed) }),
  });
}
