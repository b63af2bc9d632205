/**
 * Reads a JSON object from a byte stream, handing each element of one of its top-level arrays
 * (`key`, e.g. a bulk fetch's `issues`) to `each` as soon as its last byte arrives: the element
 * is parsed alone by the native JSON.parse and its bytes let go, so an answer of 100 issues
 * (5 MB of ADF comments) never sits in memory whole, raw or parsed. The CLI reads a saved
 * snapshot longer than any one string the same way (src/cli/read-json-file.ts). What `each` returns takes
 * the element's place. No stream parser library is used: they build values in JavaScript, token
 * by token, several times slower than JSON.parse on a slice; finding an element's ends needs only
 * the brackets outside strings (UTF-8 never puts an ASCII byte inside a multi-byte character).
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

export async function readJsonItems(
  chunks: AsyncIterable<Uint8Array>,
  key: string,
  each: (item: unknown) => unknown,
): Promise<unknown> {
  // One decoder per stream of text: a multi-byte character may straddle two chunks.
  const restDecoder = new TextDecoder();
  const keyDecoder = new TextDecoder();
  const itemDecoder = new TextDecoder();
  const rest: string[] = []; // the object outside the array's elements
  const items: unknown[] = [];
  let piece: Uint8Array[] = []; // the current element's bytes so far
  let depth = 0;
  let inString = false;
  let escaped = false;
  let keyStart = -1; // where a depth-1 string began in this chunk (0 when it began in an earlier one)
  let keyText = '';
  let lastKey = '';
  let inItems = false; // inside `key`'s array, at depth 2
  let inObject = false; // the top-level value is an object (a top-level array has no keys)
  let inItem = false; // inside one of its elements
  const finishItem = (): void => {
    const bytes = piece.length === 1 ? piece[0]! : Buffer.concat(piece);
    piece = [];
    inItem = false;
    items.push(each(JSON.parse(itemDecoder.decode(bytes)) as unknown));
  };
  for await (const chunk of chunks) {
    let from = 0; // the first byte not yet handed to `rest` or `piece`
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (inString) {
        if (escaped) {
          escaped = false; // this byte was escaped by the previous chunk's last backslash
          continue;
        }
        // Most bytes are inside strings: jump to the next quote not escaped (an odd run of backslashes before it).
        let q = chunk.indexOf(QUOTE, i);
        while (q >= 0 && backslashesBefore(chunk, q, i) % 2 === 1) q = chunk.indexOf(QUOTE, q + 1);
        if (q < 0) {
          escaped = backslashesBefore(chunk, chunk.length, i) % 2 === 1;
          i = chunk.length - 1;
          continue;
        }
        i = q;
        inString = false;
        if (keyStart >= 0) {
          // A depth-1 string: the latest key (or a value, which no array follows).
          keyText += keyDecoder.decode(chunk.subarray(keyStart, i + 1));
          keyStart = -1;
          lastKey = parseKey(keyText);
          keyText = '';
        }
        continue;
      }
      if (inItem) {
        if (b === QUOTE) inString = true;
        else if (b === OPEN_OBJECT || b === OPEN_ARRAY) depth++;
        else if (depth === 2 && (b === CLOSE_OBJECT || b === CLOSE_ARRAY || b === COMMA)) {
          // A scalar element ends before its delimiter, which is read again outside it.
          piece.push(chunk.subarray(from, i));
          from = i;
          finishItem();
          i--;
        } else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
          if (--depth === 2) {
            piece.push(chunk.subarray(from, i + 1));
            from = i + 1;
            finishItem();
          }
        }
        continue;
      }
      if (inItems && depth === 2) {
        if (b === COMMA) {
          rest.push(restDecoder.decode(chunk.subarray(from, i), { stream: true }));
          from = i + 1; // the array is left empty in `rest`
          continue;
        }
        if (!isSpace(b) && b !== CLOSE_ARRAY) {
          rest.push(restDecoder.decode(chunk.subarray(from, i), { stream: true }));
          from = i;
          inItem = true;
          i--; // its first byte is read as part of it
          continue;
        }
      }
      if (b === QUOTE) {
        inString = true;
        if (depth === 1) keyStart = i;
      } else if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
        depth++;
        if (depth === 1) inObject = b === OPEN_OBJECT;
        if (depth === 2 && b === OPEN_ARRAY && inObject && lastKey === key) inItems = true;
      } else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
        if (depth === 2) inItems = false;
        depth--;
      }
    }
    if (keyStart >= 0) {
      keyText += keyDecoder.decode(chunk.subarray(keyStart), { stream: true });
      keyStart = 0;
    }
    if (inItem) piece.push(chunk.subarray(from));
    else rest.push(restDecoder.decode(chunk.subarray(from), { stream: true }));
  }
  if (inItem || inString || depth !== 0) throw new SyntaxError('the JSON ends inside a value');
  rest.push(restDecoder.decode());
  const json = JSON.parse(rest.join('')) as unknown;
  if (json && typeof json === 'object' && Array.isArray((json as Record<string, unknown>)[key]))
    (json as Record<string, unknown>)[key] = items;
  return json;
}

/** How many backslashes run back from just before `end`, not before `start`. */
function backslashesBefore(chunk: Uint8Array, end: number, start: number): number {
  let n = 0;
  for (let k = end - 1; k >= start && chunk[k] === BACKSLASH; k--) n++;
  return n;
}

function parseKey(text: string): string {
  try {
    return JSON.parse(text) as string;
  } catch {
    return '';
  }
}
