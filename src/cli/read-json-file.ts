import { readFileSync } from 'node:fs';
import { UsageError } from './usage-error';

/** Reads a JSON file; a missing or malformed file is a usage error naming it. */
export function readJsonFile(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read the ${what} file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(
      `the ${what} file ${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
