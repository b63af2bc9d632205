import { DEMO_USERS } from './demo-snapshot';
import { SeededRandom } from './random';

/** Confluence v2 shapes the local site serves: spaces, pages, blog posts, users. */
export interface ConfluenceData {
  spaces: Array<{
    id: string;
    key: string;
    name: string;
    type: string;
    status: string;
    authorId: string;
    createdAt: string;
    homepageId: string;
  }>;
  pages: ConfluenceContent[];
  blogposts: ConfluenceContent[];
  users: Array<{ accountId: string; displayName: string; accountType: string }>;
}

export interface ConfluenceContent {
  id: string;
  status: string;
  title: string;
  spaceId: string;
  authorId: string;
  createdAt: string;
  version: { createdAt: string; number: number; message: string; minorEdit: boolean; authorId: string };
  parentId?: string;
  /** What the app wrote (pages it created); the demo's own pages have none. */
  body?: { representation: string; value: string };
  /** Content properties (the app marks the pages it creates). */
  properties?: Array<{ id: string; key: string; value: unknown; version: { number: number } }>;
  _links: { webui: string };
}

const TITLES = [
  'Release 1.4 notes',
  'On-call runbook',
  'API versioning guide',
  'Sprint 7 goals',
  'Design review: login',
  'Security checklist',
  'How we log work',
  'Incident 2026-11-12 review',
  'Onboarding: the report service',
  'Architecture decision: tokens',
];
const POSTS = ['Team update: week 46', 'What we learned from the pilot', 'New CI pipeline', 'Welcome Monica'];

/** Two spaces of updates over the sprint (seeded): what the reading hour is for. */
export function generateConfluenceDemo(seed = 46): ConfluenceData {
  const rnd = new SeededRandom(seed);
  const authors = [DEMO_USERS.tess, DEMO_USERS.walter, DEMO_USERS.dana, DEMO_USERS.fowley];
  const spaces = [
    {
      id: '98001',
      key: 'ENG',
      name: 'Engineering',
      type: 'global',
      status: 'current',
      authorId: DEMO_USERS.tess.accountId,
      createdAt: '2025-01-10T09:00:00.000Z',
      homepageId: '98100',
    },
    {
      id: '98002',
      key: 'TEAM',
      name: 'Team FW',
      type: 'global',
      status: 'current',
      authorId: DEMO_USERS.tess.accountId,
      createdAt: '2025-03-02T09:00:00.000Z',
      homepageId: '98200',
    },
  ];
  const content = (kind: 'pages' | 'blogposts', title: string, i: number): ConfluenceContent => {
    const space = spaces[i % 2] as (typeof spaces)[number];
    const author = rnd.pick(authors);
    const day = 9 + rnd.int(0, 10);
    const modified = `2026-11-${String(Math.min(day, 19)).padStart(2, '0')}T${String(rnd.int(7, 16)).padStart(2, '0')}:${String(rnd.int(0, 59)).padStart(2, '0')}:00.000Z`;
    const id = String((kind === 'pages' ? 98300 : 98500) + i);
    return {
      id,
      status: 'current',
      title,
      spaceId: space.id,
      authorId: author.accountId,
      createdAt: '2026-10-01T09:00:00.000Z',
      version: {
        createdAt: modified,
        number: rnd.int(2, 9),
        message: '',
        minorEdit: false,
        authorId: author.accountId,
      },
      _links: { webui: `/spaces/${space.key}/${kind}/${id}` },
    };
  };
  return {
    spaces,
    pages: TITLES.map((t, i) => content('pages', t, i)),
    blogposts: POSTS.map((t, i) => content('blogposts', t, i)),
    users: Object.values(DEMO_USERS).map((u) => ({
      accountId: u.accountId,
      displayName: u.displayName,
      accountType: u.accountType ?? 'atlassian',
    })),
  };
}
