'use strict';
/**
 * Moves this realm's clock by FOCUS_WALK_CLOCK_SHIFT_DAYS days (unset: nothing changes), so the
 * whole suite can run again "a year from now" and prove that no test depends on the day it runs
 * (scripts/test-shifted-clock.ts). Loaded by jest's setupFiles in each test context and, through
 * NODE_OPTIONS, in every Node process a test starts (the CLI, the preview). Only `Date` moves:
 * timers and performance.now() keep their pace.
 */
const days = Number(process.env.FOCUS_WALK_CLOCK_SHIFT_DAYS || 0);
const RealDate = globalThis.Date;
if (days && !RealDate.__focusWalkShifted) {
  const shift = Math.round(days * 86400000);
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + shift);
      else super(...args);
    }
    static now() {
      return RealDate.now() + shift;
    }
  }
  Object.defineProperty(ShiftedDate, '__focusWalkShifted', { value: true });
  globalThis.Date = ShiftedDate;
}
