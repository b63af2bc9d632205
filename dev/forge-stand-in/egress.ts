/**
 * Forge's egress control, stood in: `@forge/api`'s `fetch` is the global `fetch`, captured when
 * `@forge/api` loads, so this wrapper must be installed first (the jest setup file and the
 * preview's entry do). It delegates to the real fetch; while a Forge runtime stand-in is
 * active, the hosts declared in manifest.yml go to their local stand-ins and any other
 * non-loopback host is refused, as Forge refuses an undeclared egress.
 */
type Fetch = typeof globalThis.fetch;
interface EgressFetch extends Fetch {
  egress?: true;
}

let routes: Map<string, string> | null = null;

export function installEgressFetch(): void {
  const current = globalThis.fetch as EgressFetch;
  if (current.egress) return;
  const original = current;
  const wrapped: EgressFetch = (input, init) => {
    if (!routes) return original(input, init);
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const local = routes.get(url.origin);
    if (local) return original(`${local}${url.pathname}${url.search}`, init);
    if (!/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(url.hostname)) {
      return Promise.reject(
        new Error(`Forge refused the request: ${url.origin} is not an egress address declared in manifest.yml`),
      );
    }
    return original(input, init);
  };
  wrapped.egress = true;
  globalThis.fetch = wrapped;
}

/** Declared origin -> local base URL; null: plain fetch again. */
export function setEgressRoutes(next: Record<string, string> | null): void {
  routes = next ? new Map(Object.entries(next)) : null;
}
