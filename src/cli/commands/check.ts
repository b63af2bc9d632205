import type { Report } from '../../engine/report';
import type { Severity } from '../../engine/finding';
import { walk } from '../../engine/walk';
import { formatMarkdown } from '../format/markdown';
import { formatTable, type WalkedBoard } from '../format/table';
import { EXIT } from '../exit-codes';
import { readJsonFile } from '../read-json-file';

export type Format = 'table' | 'json' | 'markdown';

export interface CheckOptions {
  snapshot: string;
  at?: string;
  settings?: string;
  format?: Format;
  failOn?: 'error' | 'warning';
}

export interface Io {
  stdout: (text: string) => void;
  isTTY: boolean;
  now: () => Date;
}

/** `focus-walk check`: the walk of a saved snapshot. */
export async function runCheck(options: CheckOptions, io: Io): Promise<number> {
  const snapshot = await readJsonFile(options.snapshot, 'snapshot');
  const settings = options.settings ? await readJsonFile(options.settings, 'settings') : {};
  const report = walk(snapshot, settings, options.at ?? io.now().toISOString());
  return printReport(report, options, io, boardOf(snapshot));
}

/** Prints the report in the chosen format; the exit code follows `--fail-on`. */
export function printReport(
  report: Report,
  options: Pick<CheckOptions, 'format' | 'failOn'>,
  io: Io,
  board?: WalkedBoard | null,
): number {
  const format = options.format ?? (io.isTTY ? 'table' : 'json');
  if (format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (format === 'markdown') io.stdout(formatMarkdown(report, board));
  else io.stdout(formatTable(report, board));
  return failsOn(report, options.failOn) ? EXIT.findings : EXIT.ok;
}

/** The snapshot's board, for the people's formats (undefined when the snapshot does not say). */
export function boardOf(snapshot: unknown): WalkedBoard | null | undefined {
  if (!snapshot || typeof snapshot !== 'object' || !('board' in snapshot)) return undefined;
  const b = (snapshot as { board?: unknown }).board as { id?: unknown; name?: unknown; type?: unknown } | null;
  if (!b || typeof b.id !== 'number') return null;
  return {
    id: b.id,
    name: typeof b.name === 'string' ? b.name : null,
    type: typeof b.type === 'string' ? b.type : null,
  };
}

function failsOn(report: Report, level: 'error' | 'warning' | undefined): boolean {
  if (!level) return false;
  const failing: Severity[] = level === 'error' ? ['error'] : ['error', 'warning'];
  return report.findings.some((f) => failing.includes(f.severity));
}
