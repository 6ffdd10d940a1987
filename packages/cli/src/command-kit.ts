import type { GovkitClient } from '@govkit/sdk';
import { type Command, InvalidArgumentError } from 'commander';
import { type ConnectionFlags, createCliClient } from './cli-client';
import type { CliIo } from './cli-io';
import { createOutputContext, type OutputContext, type OutputFlags } from './output/output-context';

/** What an action gets: the client, where to print, and the run's IO. */
export interface CommandEnv {
  client: GovkitClient;
  out: OutputContext;
  io: CliIo;
  flags: ConnectionFlags & OutputFlags;
}

/** Build the environment of a command from its own and the global flags. */
export function commandEnv(command: Command, io: CliIo): CommandEnv {
  const flags = command.optsWithGlobals<ConnectionFlags & OutputFlags>();
  return { client: createCliClient(flags, io), out: createOutputContext(io, flags), io, flags };
}

/** A help section listing examples, appended after a command's options. */
export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}

/** Parse a positive integer flag value, or fail as a usage error (exit 2). */
export function positiveInt(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < 1) {
    throw new InvalidArgumentError('expected a positive integer.');
  }
  return number;
}
