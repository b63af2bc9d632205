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

  constructor(size: number) {
    this.created = new Float64Array(size);
    this.marks = new Uint8Array(size);
    this.authors = objectColumn<string | null>(size, null);
    this.texts = objectColumn<string>(size, '');
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

  constructor(size: number) {
    this.started = new Float64Array(size);
    this.authors = objectColumn<string | null>(size, null);
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
