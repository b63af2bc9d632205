import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { EntityDefinition } from './kvs-service';

/** What the stand-in reads from manifest.yml: the custom entities and the declared egress. */
export function manifestFacts(root = join(__dirname, '..', '..')): { entities: EntityDefinition[]; egress: string[] } {
  const manifest = parse(readFileSync(join(root, 'manifest.yml'), 'utf8')) as {
    app?: {
      storage?: {
        entities?: Array<{
          name: string;
          attributes: EntityDefinition['attributes'];
          indexes?: Array<{ name: string; partition?: string[]; range?: string[] }>;
        }>;
      };
    };
    permissions?: { external?: { fetch?: { backend?: Array<string | { address: string }> } } };
  };
  const entities = (manifest.app?.storage?.entities ?? []).map((e) => ({
    name: e.name,
    attributes: e.attributes,
    indexes: (e.indexes ?? []).map((i) => ({ name: i.name, partition: i.partition ?? [], range: i.range ?? [] })),
  }));
  const egress = (manifest.permissions?.external?.fetch?.backend ?? []).map((b) =>
    typeof b === 'string' ? b : b.address,
  );
  return { entities, egress };
}
