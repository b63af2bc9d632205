/**
 * Whether a pattern is safe to run on V8's backtracking engine: no unbounded repetition (`*`,
 * `+`, `{n,}`) of a group that itself holds unbounded repetition or an alternation (the shapes
 * of catastrophic backtracking: `(a+)+`, `(a|aa)*`), and at most two unbounded repetitions in
 * all (`.*a.*a.*a` is polynomial, and slow enough on a long comment). Conservative: a pattern it
 * doubts runs on the linear-time engine instead, never refused for that alone.
 */
export function backtracksSafely(source: string): boolean {
  interface Group {
    unbounded: boolean;
    alternation: boolean;
  }
  const stack: Group[] = [{ unbounded: false, alternation: false }];
  let unboundedCount = 0;
  const unboundedAt = (i: number): [boolean, number] => {
    const c = source[i];
    if (c === '*' || c === '+') return [true, i + 1];
    if (c === '?') return [false, i + 1];
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (m) return [m[2] !== undefined && m[3] === '', i + m[0].length];
    }
    return [false, i];
  };
  for (let i = 0; i < source.length;) {
    const c = source[i];
    let group: Group | null = null;
    if (c === '\\') i += 2;
    else if (c === '[') {
      i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '(') {
      stack.push({ unbounded: false, alternation: false });
      i++;
      continue;
    } else if (c === ')') {
      group = stack.length > 1 ? (stack.pop() ?? null) : null;
      i++;
    } else if (c === '|') {
      const top = stack[stack.length - 1];
      if (top) top.alternation = true;
      i++;
      continue;
    } else i++;
    const [unbounded, next] = unboundedAt(i);
    if (next > i) {
      i = next;
      if (source[i] === '?') i++; // lazy
      if (unbounded) {
        unboundedCount++;
        if (group && (group.unbounded || group.alternation)) return false;
        const top = stack[stack.length - 1];
        if (top) top.unbounded = true;
      }
    }
    if (group?.unbounded) {
      const top = stack[stack.length - 1];
      if (top) top.unbounded = true;
    }
  }
  return unboundedCount <= 2;
}
