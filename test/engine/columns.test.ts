import { CommentColumns, WorklogColumns } from '../../src/engine/columns';
import { walk, walkWithStandup } from '../../src/engine/walk';
import { parseSnapshot } from '../../src/snapshot/parse-snapshot';
import { parseSettings } from '../../src/settings/schema';
import { generateLargeSprint } from '../../dev/demo/large-sprint';
import demo from '../fixtures/demo-snapshot.json';

const DEMO_AT = '2026-11-19T17:30:00.000Z';

// Columns outlive their walk as the process's spare (columns.ts): each walk must still report as
// if it were the process's first.
describe('columns kept between walks', () => {
  test('a column taken again is the spare, its rows cleared; a longer walk gets new columns', () => {
    const first = CommentColumns.take(4);
    first.authors.fill('acc-1');
    first.texts.fill('Which API?');
    first.marks.fill(2);
    first.giveBack();
    const again = CommentColumns.take(3);
    expect(again).toBe(first);
    expect([again.authors, again.texts, [...again.marks]]).toEqual([
      [null, null, null, null],
      ['', '', '', ''],
      [0, 0, 0, 0],
    ]);
    expect(CommentColumns.take(2)).not.toBe(first); // taken: no spare left
    again.giveBack();
    expect(CommentColumns.take(5)).not.toBe(first); // too short for 5 rows
    const worklogs = WorklogColumns.take(2);
    worklogs.authors.fill('acc-1');
    worklogs.giveBack();
    expect(WorklogColumns.take(1).authors).toEqual([null, null]);
  });

  test('walks in a row, larger and smaller, each give the report they give alone', () => {
    const alone = walk(demo, {}, DEMO_AT);
    const big = generateLargeSprint({ issues: 300, commentsPerIssue: 20, worklogsPerIssue: 10, members: 8 });
    const bigAlone = walk(big, {}, DEMO_AT);
    expect(walk(demo, {}, DEMO_AT)).toEqual(alone);
    expect(walk(big, {}, DEMO_AT)).toEqual(bigAlone);
    const parsed = parseSnapshot(demo);
    const { report, standup } = walkWithStandup(parsed, parseSettings({}), Date.parse(DEMO_AT));
    expect(report).toEqual(alone);
    expect(walk(big, {}, DEMO_AT)).toEqual(bigAlone);
    expect(walkWithStandup(parsed, parseSettings({}), Date.parse(DEMO_AT)).standup).toEqual(standup);
  });

  test('a walk refused halfway leaves the next walk whole', () => {
    const alone = walk(demo, {}, DEMO_AT);
    const bad = structuredClone(demo) as { issues: Array<{ fields: { created: unknown } }> };
    (bad.issues.at(-1) as { fields: { created: unknown } }).fields.created = 'yesterday';
    expect(() => walk(bad, {}, DEMO_AT)).toThrow(/created/);
    expect(walk(demo, {}, DEMO_AT)).toEqual(alone);
  });
});
