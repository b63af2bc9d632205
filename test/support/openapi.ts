import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import type { ApiDocument } from '../../dev/local-site/route';

/**
 * Atlassian's published OpenAPI documents, read from ATLASSIAN_OPENAPI_DIR (never copied into
 * the repository). Without the folder the tests fail, loudly: they are not optional.
 */
const FILES: Record<ApiDocument, string> = {
  'jira-platform': 'jira-platform.v3.json',
  'jira-software': 'jira-software.v1.json',
  'confluence-v2': 'confluence.v2.json',
};

export interface Operation {
  document: ApiDocument;
  path: string;
  method: string;
  spec: {
    operationId?: string;
    parameters?: Array<{ name: string; in: string; $ref?: string }>;
    requestBody?: { content?: Record<string, { schema?: unknown }> };
    responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  };
}

export class OpenApi {
  private readonly docs = new Map<ApiDocument, { paths: Record<string, Record<string, Operation['spec']>> }>();
  private readonly ajv = new Ajv({ strict: false, validateFormats: false, allErrors: false });
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(dir = process.env.ATLASSIAN_OPENAPI_DIR) {
    if (!dir)
      throw new Error('ATLASSIAN_OPENAPI_DIR must name the folder of Atlassian OpenAPI documents (../shared/openapi)');
    for (const [name, file] of Object.entries(FILES) as Array<[ApiDocument, string]>) {
      const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        paths: Record<string, Record<string, Operation['spec']>>;
      };
      this.docs.set(name, doc);
      this.ajv.addSchema(doc, name);
    }
  }

  /** The operation of `document` whose path template and method match. */
  operation(document: ApiDocument, method: string, fullPath: string): Operation | null {
    const doc = this.docs.get(document);
    // Confluence v2 paths are written relative to the server URL /wiki/api/v2.
    const path = document === 'confluence-v2' ? fullPath.replace(/^\/wiki\/api\/v2/, '') : fullPath;
    for (const [template, ops] of Object.entries(doc?.paths ?? {})) {
      const re = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`);
      const spec = ops[method.toLowerCase()];
      if (spec && re.test(path)) return { document, path: template, method: method.toLowerCase(), spec };
    }
    return null;
  }

  /** A validator for a JSON pointer into a document (`#/paths/...` or `#/components/schemas/X`). */
  validator(document: ApiDocument, pointer: string): ValidateFunction {
    const ref = `${document}${pointer}`;
    let v = this.cache.get(ref);
    if (!v) this.cache.set(ref, (v = this.ajv.compile({ $ref: ref })));
    return v;
  }

  static pointer(...parts: string[]): string {
    return `#/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
  }

  /** Declared query parameter names of an operation (resolving `$ref`ed parameters). */
  queryParameters(op: Operation): Set<string> {
    const doc = this.docs.get(op.document) as unknown as {
      components?: { parameters?: Record<string, { name: string; in: string }> };
    };
    const names = new Set<string>();
    for (const p of op.spec.parameters ?? []) {
      const param = p.$ref ? doc.components?.parameters?.[p.$ref.split('/').pop() ?? ''] : p;
      if (param?.in === 'query') names.add(param.name);
    }
    return names;
  }
}
