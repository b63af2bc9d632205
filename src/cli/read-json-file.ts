import { constants } from 'node:buffer';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { UsageError } from './usage-error';
import { readJsonItems } from '../fetch/json-items';

/**
 * Reads a JSON file; a missing or malformed file is a usage error naming it. A file longer than
 * the longest string V8 makes (a saved snapshot of a large sprint: json-text.ts) is read as it
 * streams, its `issues` one by one, as the fetch reads a bulk page (readJsonItems): the rest of
 * the snapshot must fit one string. `cutAbove` (bytes) is for the tests.
 */
export async function readJsonFile(
  file: string,
  what: string,
  cutAbove: number = constants.MAX_STRING_LENGTH,
): Promise<unknown> {
  let text: string | null = null;
  try {
    // A character takes one byte or more: a file of no more bytes fits one string.
    if (statSync(file).size <= cutAbove) text = readFileSync(file, 'utf8');
  } catch (error) {
    throw cannotRead(file, what, error);
  }
  try {
    if (text !== null) return JSON.parse(text) as unknown;
    return await readJsonItems(createReadStream(file), 'issues', (issue) => issue);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw cannotRead(file, what, error);
    throw new UsageError(`the ${what} file ${file} is not JSON: ${error.message}`);
  }
}

function cannotRead(file: string, what: string, error: unknown): UsageError {
  return new UsageError(
    `cannot read the ${what} file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
  );
}
