import { storedStandup, STANDUP_BYTES } from '../../src/app/walks/standup-board';
import type { Standup, StandupMember } from '../../src/engine/standup';

/** The stand-up board fits one KVS value whatever the sprint (Forge: 240 KiB a value). */
const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v), 'utf8');

function member(i: number, keys: number): StandupMember {
  const note = { issueKey: `BIG-${i}`, at: '2026-11-19T09:00:00.000Z', day: '2026-11-19', time: '09:00', cut: false };
  return {
    accountId: `712020:m${i}`,
    displayName: `Member ${i}`,
    zone: 'UTC',
    yesterday: '2026-11-18',
    today: '2026-11-19',
    focusIn: { ...note, text: 'é'.repeat(1000) },
    focusOut: { ...note, text: 'é'.repeat(1000) },
    logged: { yesterday: 60, today: 30 },
    active: Array.from({ length: keys }, (_, k) => `BIG-${i * keys + k}`),
    blockers: [],
    questions: Array.from({ length: keys / 4 }, (_, k) => ({
      issueKey: `BIG-${k}`,
      message: `Question ${k} `.repeat(8),
    })),
  };
}

test('a small board is stored as it is', () => {
  const board: Standup = { at: '2026-11-19T17:30:00.000Z', members: [member(1, 4)], unowned: [] };
  expect(storedStandup(board)).toEqual(board);
});

test('30 members with 333 active issues and 1,000-character notes of 2-byte letters each fit under 200 KiB, cut and saying so', () => {
  const board: Standup = {
    at: '2026-11-19T17:30:00.000Z',
    members: Array.from({ length: 30 }, (_, i) => member(i, 333)),
    unowned: [],
  };
  expect(bytes(board)).toBeGreaterThan(240 * 1024);
  const stored = storedStandup(board);
  expect(bytes(stored)).toBeLessThanOrEqual(STANDUP_BYTES);
  expect(stored.listsCutTo).toBeGreaterThan(0);
  expect(stored.members).toHaveLength(30);
  for (const m of stored.members) {
    expect(m.active.length).toBeLessThanOrEqual(stored.listsCutTo ?? 0);
    expect(m.active[0]).toBe(board.members.find((b) => b.accountId === m.accountId)?.active[0]);
    expect(m.focusIn?.cut).toBe(true);
  }
});
