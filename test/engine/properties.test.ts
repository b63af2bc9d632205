import fc from 'fast-check';
import { InputError } from '../../src/core/input-error';
import { walk } from '../../src/engine/walk';
import type { Report } from '../../src/engine/report';
import { AT } from '../support/factories';
import demo from '../fixtures/demo-snapshot.json';

const DEMO_AT = '2026-11-19T17:30:00.000Z';

/** Either a report or an InputError naming a path; anything else fails the property. */
function outcome(snapshot: unknown, settings: unknown = {}, at = AT): Report | InputError {
  try {
    return walk(snapshot, settings, at);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
}

/** Deep copy with random edits at random places: the malformed payloads a site could send. */
const mutation = fc.record({ path: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), value: fc.jsonValue() });

function mutate(root: unknown, path: number[], value: unknown): unknown {
  const copy = structuredClone(root);
  let node: unknown = copy;
  for (let i = 0; i < path.length; i++) {
    if (node === null || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[(path[i] ?? 0) % keys.length] as string;
    if (i === path.length - 1 || typeof (node as Record<string, unknown>)[key] !== 'object') {
      (node as Record<string, unknown>)[key] = value;
      break;
    }
    node = (node as Record<string, unknown>)[key];
  }
  return copy;
}

describe('engine properties', () => {
  test('arbitrary JSON: a report or a path-naming InputError, nothing else', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (snapshot, settings) => {
        const result = outcome(snapshot, settings);
        if (result instanceof InputError) expect(result.message.length).toBeGreaterThan(0);
        else expect(typeof result.score).toBe('number');
      }),
      { numRuns: 300 },
    );
  });

  test('a realistic snapshot with random edits: a report or an InputError, never a crash', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (edits) => {
        let snapshot: unknown = demo;
        for (const e of edits) snapshot = mutate(snapshot, e.path, e.value);
        const result = outcome(snapshot, {}, DEMO_AT);
        expect(result instanceof InputError || Array.isArray(result.findings)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('deterministic and order-independent: shuffled issues, comments and users give the same report', () => {
    const base = walk(demo, {}, DEMO_AT);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const shuffled = structuredClone(demo) as {
          issues: Array<{ fields: { comment: { comments: unknown[] } } }>;
          users: unknown[];
        };
        const rng = new Random(seed);
        rng.shuffle(shuffled.issues);
        rng.shuffle(shuffled.users);
        for (const issue of shuffled.issues) rng.shuffle(issue.fields.comment.comments);
        expect(walk(shuffled, {}, DEMO_AT)).toEqual(base);
      }),
      { numRuns: 25 },
    );
  });
});

/** A tiny seeded shuffler for the order-independence property. */
class Random {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state * 48271) % 2147483647;
    return this.state / 2147483647;
  }
  shuffle<T>(items: T[]): void {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
  }
}
