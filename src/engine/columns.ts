/**
 * The columns of the process's last walk, kept for its next one (a scheduled walk of several
 * projects, the CLI, the preview). Made anew, a 20,000-issue walk's columns were 10 MB of large
 * arrays and 5 MB of off-heap buffers every walk: old-generation and external memory that brought
 * on full collections of a heap that may hold the whole parsed sprint. A walk is synchronous and
 * gives its columns back only once it is over (WalkContext.release), so no two walks share them.
 * Longer columns are not kept: at most 1,000,000 rows (25 MB of comments) stay between walks.
 */
class Spare<T extends { readonly capacity: number }> {
  private kept: T | null = null;

  /** The kept columns, taken out, when they hold `rows`; else null. */
  take(rows: number): T | null {
    const kept = this.kept;
    if (!kept || kept.capacity < rows) return null;
    this.kept = null;
    return kept;
  }

  /** Keeps `columns`, cleared by their owner, when they are the longest offered. */
  offer(columns: T): void {
    if (columns.capacity <= MAX_KEPT_ROWS && columns.capacity > (this.kept?.capacity ?? -1)) this.kept = columns;
  }
}
const MAX_KEPT_ROWS = 1_000_000;

/**
 * Every comment of the sprint, column by column: no object per comment (a 20,000-issue sprint
 * holds 400,000 of them, and allocating a view each was the walk's largest cost). A comment is
 * an index; an issue owns the range [commentStart, commentEnd). Its id is read from the issue's
 * own list when a finding names it (commentId in issue-view.ts): a column of them was 3.2 MB of
 * old space a 20,000-issue walk, and old space a walk leaves is what brings on full collections
 * of a heap that holds the whole parsed sprint.
 */
export class CommentColumns {
  readonly created: Float64Array;
  readonly authors: Array<string | null>;
  /**
   * The trimmed plain text (checks.md) of each comment created from the walk's text window on
   * (text-window.ts), '' before it: no check reads an older comment's text, so its body is
   * neither flattened nor kept (a column less, 3.2 MB in a 20,000-issue walk).
   */
  readonly texts: string[];
  /** What open-question asks of each text in that window (comment-marks.ts), 0 before it. */
  readonly marks: Uint8Array;

  /** The walk's rows: the columns may be longer, kept from a larger walk (spare). */
  private rows = 0;

  private constructor(readonly capacity: number) {
    this.created = new Float64Array(capacity);
    this.marks = new Uint8Array(capacity);
    this.authors = objectColumn<string | null>(capacity, null);
    this.texts = objectColumn<string>(capacity, '');
  }

  /** Columns for a walk's `rows` comments: the spare ones when they are long enough. */
  static take(rows: number): CommentColumns {
    const columns = spareComments.take(rows) ?? new CommentColumns(rows);
    columns.rows = rows;
    return columns;
  }

  /** Once the walk is over: its texts and authors let go, the columns kept if they are the longest. */
  giveBack(): void {
    this.texts.fill('', 0, this.rows);
    this.authors.fill(null, 0, this.rows);
    this.marks.fill(0, 0, this.rows);
    spareComments.offer(this);
  }

  text(i: number): string {
    return this.texts[i] ?? '';
  }
}

/**
 * Every worklog of the sprint, column by column, like the comments. Its time spent is read from
 * the issue's own list when the stand-up board adds up hours (worklogSeconds in issue-view.ts):
 * a walk without a board read none of the 1.6 MB column a 20,000-issue walk filled.
 */
export class WorklogColumns {
  readonly started: Float64Array;
  readonly authors: Array<string | null>;

  private rows = 0;

  private constructor(readonly capacity: number) {
    this.started = new Float64Array(capacity);
    this.authors = objectColumn<string | null>(capacity, null);
  }

  static take(rows: number): WorklogColumns {
    const columns = spareWorklogs.take(rows) ?? new WorklogColumns(rows);
    columns.rows = rows;
    return columns;
  }

  giveBack(): void {
    this.authors.fill(null, 0, this.rows);
    spareWorklogs.offer(this);
  }
}

/**
 * A column of references, filled from the start: a bare `new Array(n)` holds small integers
 * until its first string is stored, and that change of kind, made anew in every walk, sent a
 * large walk's compiled code back to the interpreter (the columns are too large for V8 to
 * remember the change at their allocation site).
 */
function objectColumn<T>(size: number, empty: T): T[] {
  return new Array<T>(size).fill(empty);
}

const spareComments = new Spare<CommentColumns>();
const spareWorklogs = new Spare<WorklogColumns>();
