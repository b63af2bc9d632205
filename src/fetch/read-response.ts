/**
 * Status, lower-cased headers and JSON of a fetch-like response (Jira, Confluence, code hosts):
 * an empty or non-JSON body gives null; errors carry the status.
 */
export async function readResponse(res: {
  status: number;
  headers: { forEach(cb: (value: string, key: string) => void): void };
  text(): Promise<string>;
}): Promise<{ status: number; headers: Record<string, string>; json: unknown }> {
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => (headers[k.toLowerCase()] = v));
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? (JSON.parse(text) as unknown) : null;
  } catch {
    json = null;
  }
  return { status: res.status, headers, json };
}
