/** A person as a picker shows them. */
export interface PersonChoice {
  accountId: string;
  displayName: string;
}

export interface PeopleResolvers {
  /**
   * People whose name or email starts with `query` (Jira's user search, as the signed-in user),
   * and the names of `ids` (the people a form already holds), in one answer.
   */
  searchPeople: { payload: { query?: string; ids?: string[] }; response: PersonChoice[] };
}
