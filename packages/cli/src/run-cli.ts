import { Command, CommanderError, Option } from 'commander';
import { EXIT_OK, EXIT_USAGE, reportError } from './cli-errors';
import type { CliIo } from './cli-io';
import { examples } from './command-kit';
import { registerExportsCommands } from './commands/exports-commands';
import { registerLineageCommands } from './commands/lineage-commands';
import { registerLockCommands } from './commands/lock-commands';
import { registerMigrationCommands } from './commands/migration-commands';
import { registerReplayCommands } from './commands/replay-commands';
import { registerTimelineCommand } from './commands/timeline-command';
import { stderrColors } from './output/output-context';

/** The CLI's version, printed by `--version`. */
export const CLI_VERSION = '0.0.0';

/** Build the `govkit` command tree (one fresh tree per run: commander keeps parse state). */
export function createProgram(io: CliIo): Command {
  const program = new Command('govkit')
    .description(
      'govkit from the shell: task summaries, decision traces, stats, lineage, exports, run locks, the live timeline and governance migrations.',
    )
    .version(CLI_VERSION)
    .option(
      '--base-url <url>',
      'the govkit API (env GOVKIT_BASE_URL, default http://127.0.0.1:8080)',
    )
    .option('--token <token>', 'bearer token (env GOVKIT_TOKEN)')
    .option('--user <id>', 'act as this user: sends x-govkit-user (env GOVKIT_USER)')
    .addOption(
      new Option('--json', 'print JSON (lists stream as one array)').conflicts(['ndjson', 'csv']),
    )
    .addOption(new Option('--ndjson', 'print one JSON record per line').conflicts(['json', 'csv']))
    .addOption(new Option('--csv', 'print CSV (formula-safe)').conflicts(['json', 'ndjson']))
    .option('--verbose', 'also report unknown fields and values the API sent')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `${examples(
        'govkit summary task-123',
        'govkit trace task-trace-long --ndjson > trace.ndjson',
        'govkit stats blocked-reasons --window 24h --top-n 5',
        'GOVKIT_BASE_URL=https://govkit.example.com GOVKIT_TOKEN=… govkit lock inspect ws-demo',
        'govkit migrate-exports --dry-run',
      )}
Output: a table by default (colour only on a terminal, never with NO_COLOR); --json, --ndjson
and --csv stream for export.
Exit codes: 0 ok, 1 API or verification error (detail on stderr), 2 bad usage.
`,
    );
  registerReplayCommands(program, io);
  registerLineageCommands(program, io);
  registerExportsCommands(program, io);
  registerLockCommands(program, io);
  registerTimelineCommand(program, io);
  registerMigrationCommands(program, io);

  const colors = stderrColors(io);
  // Every command reports errors through the same streams and exits instead of calling
  // process.exit, so tests can run the CLI in-process.
  const configure = (command: Command) => {
    command.exitOverride().configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(colors.red(text)),
    });
    for (const sub of command.commands) configure(sub);
  };
  configure(program);
  return program;
}

/**
 * Run the CLI with `args` (without the node and script paths) and resolve with its exit code:
 * 0 ok, 1 API or verification error, 2 bad usage.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const program = createProgram(io);
  if (args.length === 0) {
    program.outputHelp();
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(args as string[], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    return reportError(error, io);
  }
}
