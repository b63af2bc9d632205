/** Opaque page tokens, as Jira's: the offset, bound to the query it pages. */
export function encodeToken(offset: number, scope: string): string {
  return Buffer.from(JSON.stringify({ o: offset, s: scope })).toString('base64url');
}

export function decodeToken(token: string, scope: string): number | null {
  try {
    const { o, s } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown; s?: unknown };
    return typeof o === 'number' && Number.isInteger(o) && o >= 0 && s === scope ? o : null;
  } catch {
    return null;
  }
}
