import Ajv from 'ajv';
import full from '@atlaskit/adf-schema/dist/json-schema/v1/full.json';

/**
 * Atlassian's own JSON schema of the Atlassian Document Format (@atlaskit/adf-schema): Jira's
 * OpenAPI document leaves a comment's body untyped, so the local site checks every comment the
 * app posts against this one, as Jira's editor and renderer would read it. Draft-04 keywords
 * are the ones Ajv 8 reads without the `$schema` line.
 */
const schema: Record<string, unknown> = { ...full };
delete schema.$schema;
const validate = new Ajv({ strict: false }).compile(schema);

/** The first problem of an ADF document, or null when it is valid. */
export function adfProblem(doc: unknown): string | null {
  if (validate(doc)) return null;
  const e = validate.errors?.[0];
  return e ? `${e.instancePath || '/'} ${e.message ?? 'is invalid'}` : 'is invalid';
}
