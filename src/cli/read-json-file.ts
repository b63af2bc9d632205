import { readFileSync } from 'node:fs';
import { UsageError } from './usage-error';
import { parseJsonBytes } from './json-bytes';

/**
 * Reads a JSON file; a missing or malformed file is a usage error naming it. Read as bytes and
 * parsed by parseJsonBytes: a saved snapshot of a large sprint is longer than any one string.
 */
export function readJsonFile(file: string, what: string): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(
      `cannot read the ${what} file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  try {
    return parseJsonBytes(bytes);
  } catch (error) {
    throw new UsageError(
      `the ${what} file ${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
