/** Bad arguments or unreadable input files: exit code 2 (cli.md). */
export class UsageError extends Error {
  override name = 'UsageError';
}
