import { finding, issueSubject, type Check } from '../check';

/** Seed item 11 and seed 002's release readiness: what is deployed belongs to a release. */
export const release: Check = {
  id: 'release',
  codes: ['no-fix-version'],
  run(ctx) {
    return ctx.issues
      .filter((i) => ctx.deployStatuses.has(i.status) && i.fixVersions === 0)
      .map((i) =>
        finding(
          'release',
          'no-fix-version',
          'warning',
          issueSubject(i),
          `${i.key} is in "${i.statusName}" but has no fix version`,
        ),
      );
  },
};
