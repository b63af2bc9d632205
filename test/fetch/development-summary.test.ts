import { formatDevelopmentField, parseDevelopmentField } from '../../src/fetch/development-summary';

describe('the Development field', () => {
  test('an empty field: nothing linked', () => {
    expect(parseDevelopmentField('{}')).toEqual({ branches: 0, commits: 0, pullRequests: 0 });
  });

  test("Jira's format, as a site returns it", () => {
    const value =
      '{pullrequest={dataType=pullrequest, state=OPEN, stateCount=1}, json={"cachedValue":{"errors":[],"summary":{"pullrequest":{"overall":{"count":1,"lastUpdated":"2026-11-18T10:00:00.000+0000","stateCount":1,"state":"OPEN","dataType":"pullrequest","open":true},"byInstanceType":{"GitHub":{"count":1,"name":"GitHub"}}},"branch":{"overall":{"count":2,"lastUpdated":null,"dataType":"branch"},"byInstanceType":{}},"repository":{"overall":{"count":5,"dataType":"repository"},"byInstanceType":{}}}},"isStale":false}}';
    expect(parseDevelopmentField(value)).toEqual({ branches: 2, commits: 5, pullRequests: 1 });
  });

  test('what the local site writes reads back the same', () => {
    for (const counts of [
      { branches: 1, commits: 3, pullRequests: 0 },
      { branches: 0, commits: 0, pullRequests: 2 },
      { branches: 0, commits: 0, pullRequests: 0 },
    ]) {
      expect(parseDevelopmentField(formatDevelopmentField(counts))).toEqual(counts);
    }
  });

  test.each([null, 42, 'not the format', '{json=not json}'])('%p is not a development value', (value) => {
    expect(parseDevelopmentField(value)).toBeNull();
  });
});
