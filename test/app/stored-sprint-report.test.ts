import type { SprintReport } from '../../src/reporting/sprint-report';
import {
  MAX_STORED_CHANGES,
  SPRINT_REPORT_BYTES,
  storedSprintReport,
} from '../../src/app/reports/stored-sprint-report';

/** Forge's limit per KVS value. */
const FORGE_VALUE_BYTES = 240 * 1024;
const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v), 'utf8');
const amount = { points: 0, issues: 0 };
// Jira's longest summary (255 characters), in a script of 3 bytes a character.
const longSummary = (i: number) => `${i} ${'課題'.repeat(126)}`;

function report(changes: number, epics: number, summary: (i: number) => string = longSummary): SprintReport {
  return {
    at: '2026-11-20T10:00:00.000Z',
    kind: 'scrum',
    sprint: { id: 7, name: 'S7', startDate: '2026-11-09', endDate: '2026-11-20' },
    burndown: {
      start: '2026-11-09',
      end: '2026-11-20',
      today: '2026-11-20T10:00:00.000Z',
      committed: amount,
      scope: amount,
      completed: amount,
      remaining: amount,
      series: [],
      changes: Array.from({ length: changes }, (_, i) => ({
        at: new Date(Date.UTC(2026, 10, 9) + i * 1000).toISOString(),
        key: `BIG-${i}`,
        summary: summary(i),
        kind: 'added' as const,
        points: 1,
      })),
    },
    velocity: [],
    averageVelocity: null,
    forecast: null,
    // Epic i has i children: the large ones are the last.
    epics: Array.from({ length: epics }, (_, i) => ({
      key: `BIG-E${String(i).padStart(4, '0')}`,
      summary: summary(i),
      done: 0,
      total: i,
      pointsDone: 0,
      pointsTotal: 0,
    })),
    flow: null,
    notes: [],
  };
}

test('a small sprint report is stored whole, with what was not read in its notes', () => {
  const small = report(12, 3);
  const stored = storedSprintReport(small, ['closed sprint S3: HTTP 500']);
  expect(stored.burndown?.changes).toEqual(small.burndown?.changes);
  expect(stored.epics).toEqual(small.epics);
  expect(stored.notes).toEqual(['Not read: closed sprint S3: HTTP 500']);
});

test('the latest 300 scope changes are kept, and the note says how many there were', () => {
  const stored = storedSprintReport(
    report(1000, 0, (i) => `Story ${i}`),
    [],
  );
  expect(stored.burndown?.changes).toHaveLength(MAX_STORED_CHANGES);
  expect(stored.burndown?.changes[0]?.key).toBe('BIG-700');
  expect(stored.notes).toEqual(['1000 scope changes; the latest 300 are listed.']);
});

test('300 changes with the longest summaries alone outgrow a value: the oldest go until it fits', () => {
  const long = report(300, 0);
  expect(bytes(long)).toBeGreaterThan(SPRINT_REPORT_BYTES);
  const stored = storedSprintReport(long, []);
  expect(bytes(stored)).toBeLessThanOrEqual(SPRINT_REPORT_BYTES);
  expect(stored.burndown?.changes.map((c) => c.key)).toEqual(Array.from({ length: 150 }, (_, i) => `BIG-${150 + i}`));
  expect(stored.notes).toEqual(['300 scope changes; the latest 150 are listed.']);
});

test('hundreds of epics with long summaries: trimmed to fit one KVS value, the epics with the most work kept', () => {
  const big = report(1000, 800);
  expect(bytes(big)).toBeGreaterThan(FORGE_VALUE_BYTES); // as read, it would not fit
  const stored = storedSprintReport(big, []);
  expect(bytes(stored)).toBeLessThanOrEqual(SPRINT_REPORT_BYTES);
  const kept = stored.epics.map((e) => e.total);
  expect(kept.length).toBeGreaterThan(0);
  expect(kept.length).toBeLessThan(800);
  // The largest epics, in the report's own order (by key).
  expect(Math.min(...kept)).toBe(800 - kept.length);
  expect(kept).toEqual([...kept].sort((a, b) => a - b));
  expect(stored.burndown?.changes.at(-1)?.key).toBe('BIG-999');
  expect(stored.notes).toEqual([
    `1000 scope changes; the latest ${stored.burndown?.changes.length} are listed.`,
    `800 epics; the ${kept.length} with the most issues are listed.`,
  ]);
});
