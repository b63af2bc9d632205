import { searchPeople } from '../app/people/search-people';
import { handler } from './handler';
import type { Services } from './deps';

/** The person pickers' one resolver: Jira's user search as the signed-in user (it hides whom they may not browse). */
export function peopleResolvers({ deps }: Services) {
  return {
    searchPeople: handler('searchPeople', async (payload) => ({
      ok: true,
      data: await searchPeople(deps.requester('user'), payload),
    })),
  };
}
