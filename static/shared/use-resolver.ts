import { useCallback, useEffect, useState } from 'react';
import type { ResolverKey, Resolvers } from '../../src/app/contract';
import { call } from './invoke';

/** Calls a resolver on mount; `reload` calls it again. The last good data stays on an error. */
export function useResolver<K extends ResolverKey>(key: K, payload: Resolvers[K]['payload']) {
  const [data, setData] = useState<Resolvers[K]['response'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const body = JSON.stringify(payload);

  const reload = useCallback(async () => {
    setLoading(true);
    const r = await call(key, JSON.parse(body) as Resolvers[K]['payload']);
    setLoading(false);
    if (r.ok) {
      setData(r.data);
      setError(null);
    } else {
      setError(r.error.message);
    }
  }, [key, body]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, setData, error, setError, loading, reload };
}
