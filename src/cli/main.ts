import { Command, CommanderError, Option } from 'commander';
import { InputError } from '../core/input-error';
import { ApiError } from '../fetch/requester';
import { runCheck, type Io } from './commands/check';
import { runFetch } from './commands/fetch';
import { runWalk } from './commands/walk';
import { runReport } from './commands/report';
import { EXIT } from './exit-codes';
import { UsageError } from './usage-error';

const FORMATS = ['table', 'json', 'markdown'] as const;

/** Progress goes to stderr, and only when a person watches it. */
function progress(message: string): void {
  if (process.stderr.isTTY) process.stderr.write(`${message}\n`);
}

function buildProgram(io: Io, setCode: (code: number) => void): Command {
  const program = new Command('focus-walk')
    .description("The TPM's daily Focus Walk over a Jira sprint")
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({ writeOut: io.stdout, writeErr: (text) => process.stderr.write(text) });

  program
    .command('check')
    .description('walk a saved snapshot (offline)')
    .requiredOption('--snapshot <file>', 'snapshot JSON file (snapshot.md)')
    .option('--at <iso>', 'the moment of the walk, ISO-8601 with an offset (default: now)')
    .option('--settings <file>', 'settings JSON file (settings.md)')
    .addOption(
      new Option('--format <format>', 'output format (default: table on a terminal, else json)').choices(FORMATS),
    )
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding of this severity or worse exists').choices([
        'error',
        'warning',
      ]),
    )
    .action(async (opts: Parameters<typeof runCheck>[0]) => setCode(await runCheck(opts, io)));

  /** A live site's options: required, or (where a snapshot may stand instead) checked by the command. */
  const siteOptions = (cmd: Command, required = true) =>
    cmd
      .addOption(new Option('--site <url>', 'the site, e.g. https://acme.atlassian.net').makeOptionMandatory(required))
      .addOption(
        new Option('--email <email>', 'the Atlassian account email for basic auth').makeOptionMandatory(required),
      )
      .option('--token <token>', 'an API token (default: $JIRA_API_TOKEN); never printed')
      .addOption(new Option('--project <key>', 'the Jira project key').makeOptionMandatory(required))
      .option('--board <id>', "the board (default: the project's first scrum board)")
      .option('--sprint <id>', "the sprint (default: the board's active sprint)")
      .option('--timeout <seconds>', 'give up on a call that has not answered in this time, then retry (default: 30)');

  siteOptions(program.command('fetch').description('build a snapshot from a live site'))
    .option('--out <file>', 'write the snapshot here (default: stdout)')
    .option('--at <iso>', 'the moment the snapshot is for: its reporting windows and fetchedAt (default: now)')
    .action(async (opts: Parameters<typeof runFetch>[0]) => setCode(await runFetch(opts, io, process.env, progress)));

  siteOptions(program.command('walk').description('fetch, then check'))
    .option('--at <iso>', 'the moment of the walk (default: now)')
    .option('--settings <file>', 'settings JSON file')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when such a finding exists').choices(['error', 'warning']))
    .option('--save-snapshot <file>', 'also save the fetched snapshot')
    .action(async (opts: Parameters<typeof runWalk>[0]) => setCode(await runWalk(opts, io, process.env, progress)));

  siteOptions(
    program
      .command('report')
      .description('the weekly status report of a saved snapshot, or of a live site')
      .option('--snapshot <file>', 'snapshot JSON file (offline), or the site options below'),
    false,
  )
    .option('--at <iso>', 'the moment of the report (default: now)')
    .option('--settings <file>', 'settings JSON file')
    .addOption(
      new Option('--format <format>', 'output format (default: markdown)').choices(['markdown', 'html', 'json']),
    )
    .action(async (opts: Parameters<typeof runReport>[0]) => setCode(await runReport(opts, io, process.env, progress)));

  return program;
}

/** Runs the command line; resolves to the exit code of cli.md. */
export async function main(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; everything else commander rejects is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    if (error instanceof InputError || error instanceof UsageError) {
      process.stderr.write(`focus-walk: ${error.message}\n`);
      return EXIT.badInput;
    }
    if (error instanceof ApiError) {
      process.stderr.write(`focus-walk: ${error.message}\n`);
      return EXIT.siteUnreadable;
    }
    throw error;
  }
}

function defaultIo(): Io {
  return { stdout: (text) => process.stdout.write(text), isTTY: Boolean(process.stdout.isTTY), now: () => new Date() };
}

if (require.main === module) {
  main(process.argv).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`focus-walk: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT.badInput;
    },
  );
}
