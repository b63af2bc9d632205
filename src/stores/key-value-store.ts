/** The storage the app needs: Forge's KVS in Forge (kvs-store.ts), a JSON file in the preview. */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  /** Every entry whose key begins with `prefix`, in key order; `pageSize` (1-100) per query for large values. */
  list<T>(prefix: string, pageSize?: number): Promise<Array<{ key: string; value: T }>>;
  /** Secrets (code-host tokens): kept apart, never listed. */
  getSecret(key: string): Promise<string | undefined>;
  setSecret(key: string, value: string): Promise<void>;
  deleteSecret(key: string): Promise<void>;
}
