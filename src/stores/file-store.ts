import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { KeyValueStore } from './key-value-store';

/**
 * A JSON file standing in for Forge storage in the preview and the tests. Writes are queued,
 * so concurrent set() calls all land (no lost update), and each write replaces the file whole.
 */
export class FileStore implements KeyValueStore {
  private data: Record<string, unknown>;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly file: string) {
    this.data = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  }

  get<T>(key: string): Promise<T | undefined> {
    return Promise.resolve(structuredClone(this.data[key]) as T | undefined);
  }

  set<T>(key: string, value: T): Promise<void> {
    return this.write(() => (this.data[key] = structuredClone(value)));
  }

  delete(key: string): Promise<void> {
    return this.write(() => delete this.data[key]);
  }

  getSecret(key: string): Promise<string | undefined> {
    return Promise.resolve(this.data[`\u0000secret:${key}`] as string | undefined);
  }

  setSecret(key: string, value: string): Promise<void> {
    return this.write(() => (this.data[`\u0000secret:${key}`] = value));
  }

  deleteSecret(key: string): Promise<void> {
    return this.write(() => delete this.data[`\u0000secret:${key}`]);
  }

  list<T>(prefix: string): Promise<Array<{ key: string; value: T }>> {
    const keys = Object.keys(this.data).filter((k) => k.startsWith(prefix) && !k.startsWith('\u0000')).sort();
    return Promise.resolve(keys.map((key) => ({ key, value: structuredClone(this.data[key]) as T })));
  }

  private write(change: () => void): Promise<void> {
    this.queue = this.queue.then(() => {
      change();
      mkdirSync(dirname(this.file), { recursive: true });
      const temp = `${this.file}.tmp`;
      writeFileSync(temp, JSON.stringify(this.data));
      renameSync(temp, this.file);
    });
    return this.queue;
  }
}
