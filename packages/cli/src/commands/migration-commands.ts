import type { Command } from 'commander';
import type { CliIo } from '../cli-io';

/** `govkit migrate-exports` and `govkit backfill-lineage` (added with their endpoints). */
export function registerMigrationCommands(_program: Command, _io: CliIo): void {}
