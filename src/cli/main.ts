/**
 * `indikator` — the command line. Parses arguments and hands each command to its module under
 * `commands/`; no logic of its own beyond turning errors into a readable message and an exit code.
 */
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.ts';
import { reportError } from './errors.ts';

const program = new Command('indikator')
  .description(
    'Integrationsindikatorer til politisk opfølgning — integration indicators for political follow-up.\n' +
      'Data: INDIKATOR_DATA_DIR (standard ./data) eller DATABASE_URL=postgres://…',
  )
  .showHelpAfterError()
  .exitOverride();

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else {
    process.exitCode = reportError(error);
  }
}
