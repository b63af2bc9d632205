import type { Requester } from '../requester';
import { z } from 'zod';
import { readShaped } from '../expect-shape';

/** @see https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-fields/#api-rest-api-3-field-get */
interface FieldDetails {
  readonly id: string;
  readonly name: string;
  readonly custom?: boolean;
  readonly schema?: { readonly custom?: string };
}

export interface FieldIds {
  storyPoints: string | null;
  flagged: string | null;
  development: string | null;
  /** The Sprint field (sprint reporting replays its changes). */
  sprint: string | null;
  /** Where `storyPoints` came from: the walked board's estimation field, or the site-wide lookup. */
  storyPointsFrom?: 'board' | 'site' | null;
}

const STORY_POINTS_TYPES = ['com.pyxis.greenhopper.jira:jsw-story-points'];
const STORY_POINTS_NAMES = ['story point estimate', 'story points'];
const FLAGGED_NAMES = ['flagged'];
const SPRINT_TYPES = ['com.pyxis.greenhopper.jira:gh-sprint'];
const DEVELOPMENT_TYPES = [
  'com.atlassian.jira.plugins.jira-development-integration-plugin:devsummarycf',
  'com.atlassian.jira.plugins.jira-development-integration-plugin:devsummary',
];

const FIELDS = z.array(
  z
    .object({
      id: z.string(),
      name: z.string(),
      custom: z.boolean().optional(),
      schema: z.object({ custom: z.string().optional() }).loose().optional(),
    })
    .loose(),
);

/** The site's ids for story points, flagged, development and sprint (custom field ids differ per site). */
export async function getFieldIds(api: Requester): Promise<FieldIds> {
  const all: FieldDetails[] = await readShaped(api, FIELDS, {
    product: 'jira',
    method: 'GET',
    path: '/rest/api/3/field',
    purpose: 'read the site fields',
  });
  const fields = all.filter((f) => f.custom);
  const byType = (types: string[]) =>
    fields.find((f) => f.schema?.custom !== undefined && types.includes(f.schema.custom))?.id;
  const byName = (names: string[]) => fields.find((f) => names.includes(f.name.trim().toLowerCase()))?.id;
  const storyPoints = byType(STORY_POINTS_TYPES) ?? byName(STORY_POINTS_NAMES) ?? null;
  return {
    storyPoints,
    storyPointsFrom: storyPoints ? 'site' : null,
    flagged: byName(FLAGGED_NAMES) ?? null,
    development: byType(DEVELOPMENT_TYPES) ?? byName(['development']) ?? null,
    sprint: byType(SPRINT_TYPES) ?? byName(['sprint']) ?? null,
  };
}
