import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { commandEnv, examples } from '../command-kit';
import { writeObject } from '../output/write-records';

/** `govkit lock inspect`: a workspace's run lock. */
export function registerLockCommands(program: Command, io: CliIo): void {
  const lock = program
    .command('lock')
    .description('workspace run locks')
    .addHelpText('after', examples('govkit lock inspect ws-demo'));

  lock
    .command('inspect')
    .description("a workspace's run lock: live or not, holder, expiry, fencing tokens")
    .argument('<workspace>', 'workspace id')
    .addHelpText(
      'after',
      examples('govkit lock inspect ws-demo', 'govkit lock inspect ws-demo --json'),
    )
    .action(async (workspace: string, _options, command: Command) => {
      const { client, out } = commandEnv(command, io);
      await writeObject(await client.runs.locks.state(workspace), out);
    });
}
