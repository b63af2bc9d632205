import type { Finding, FindingsPage, FindingsQuery, Result } from '../../src/app/contract';

/** Calls getFindings as one viewer (each test has its own way to invoke a resolver). */
export type FindingsCall = (payload: FindingsQuery) => Promise<Result<FindingsPage>>;

/**
 * Every finding a viewer's Findings tab would page through, as the server answers them
 * (getWalk's report holds only the checks the page lists at once): 5,000 a call, as the CSV export reads.
 */
export async function allFindings(call: FindingsCall, query: FindingsQuery = {}): Promise<Finding[]> {
  const rows: Finding[] = [];
  for (let offset = 0; ; offset += 5000) {
    const r = await call({ ...query, offset, limit: 5000 });
    if (!r.ok) throw new Error(`getFindings: ${r.error.code} ${r.error.message}`);
    rows.push(...r.data.rows);
    if (rows.length >= r.data.rowsTotal) return rows;
  }
}
