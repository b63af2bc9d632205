import { readJsonItems } from '../../src/fetch/json-items';
import { readResponse } from '../../src/fetch/read-response';

async function* inChunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) {
    await Promise.resolve(); // chunks arrive one by one
    yield bytes.subarray(i, i + size);
  }
}

const answer = {
  expand: 'names',
  issues: [
    { id: '1', key: 'A-1', fields: { summary: 'brackets } ] { [ , and "quotes" \\ in text', n: [1, [2, {}]] } },
    { id: '2', key: 'A-2', fields: { summary: 'ünïcödé ✓ 𝄞 emoji 🚀', comment: { comments: [{ body: 'x' }] } } },
    'a scalar',
    42,
    null,
    { id: '3', key: 'A-3', fields: {} },
    { id: '4', key: 'A-4', fields: { a: 'ends in a backslash \\', b: '\\"', c: '\\\\"x\\', d: '' } },
  ],
  issueErrors: [{ id: '9', errorMessage: 'gone, "really"' }],
  tail: { issues: ['not the top-level array'] },
};

describe('readJsonItems: a big array read element by element', () => {
  const text = JSON.stringify(answer, null, 1);

  it.each([1, 2, 3, 7, 64, 100000])('gives what JSON.parse gives, in chunks of %i bytes', async (size) => {
    const seen: unknown[] = [];
    const json = await readJsonItems(inChunks(text, size), 'issues', (item) => {
      seen.push(item);
      return { was: item };
    });
    expect(seen).toEqual(answer.issues);
    expect(json).toEqual({ ...answer, issues: answer.issues.map((was) => ({ was })) });
  });

  it('leaves an object without the array as it is, and reads an empty array', async () => {
    expect(await readJsonItems(inChunks('{"a":"issues","b":[1]}', 3), 'issues', () => 0)).toEqual({
      a: 'issues',
      b: [1],
    });
    expect(await readJsonItems(inChunks('{"issues":[ ],"total":0}', 2), 'issues', () => 0)).toEqual({
      issues: [],
      total: 0,
    });
  });

  it("cuts only an object's array: a top-level array holding the key as a string is read as it is", async () => {
    const text = '["issues", [1, {"a": [2]}], {"issues": [3]}]';
    expect(await readJsonItems(inChunks(text, 5), 'issues', () => 0)).toEqual(JSON.parse(text));
  });

  it('names a body cut short or not JSON as a syntax error', async () => {
    await expect(readJsonItems(inChunks(text.slice(0, 120), 16), 'issues', (i) => i)).rejects.toThrow(SyntaxError);
    await expect(readJsonItems(inChunks('<html>login</html>', 4), 'issues', (i) => i)).rejects.toThrow(SyntaxError);
  });
});

describe('readResponse with items', () => {
  const headers = new Headers({ 'Content-Type': 'application/json' });
  it('streams a 2xx body and says so; reads an error body whole', async () => {
    const ok = await readResponse(new Response(JSON.stringify(answer), { status: 200, headers }), {
      key: 'issues',
      each: () => 'slim',
    });
    expect(ok.itemsRead).toBe(true);
    expect((ok.json as { issues: unknown[] }).issues).toEqual(answer.issues.map(() => 'slim'));
    const refused = await readResponse(new Response('{"errorMessages":["no"]}', { status: 400, headers }), {
      key: 'issues',
      each: () => 'slim',
    });
    expect(refused).toEqual({
      status: 400,
      headers: { 'content-type': 'application/json' },
      json: { errorMessages: ['no'] },
    });
  });
  it('gives null for a 2xx body that is not JSON, as without items', async () => {
    const html = await readResponse(new Response('<html/>', { status: 200 }), { key: 'issues', each: (i) => i });
    expect(html.json).toBeNull();
  });
});
