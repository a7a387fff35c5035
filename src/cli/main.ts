/**
 * `indikator` — the command line. Parses arguments and hands each command to its module under
 * `commands/`; no logic of its own beyond turning errors into a readable message and an exit code.
 */
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.ts';
import { bilingualCommanderError, HELP_TITLES } from './commander-words.ts';
import { reportError } from './errors.ts';

const program = new Command('indikator')
  .description(
    'Integrationsindikatorer til politisk opfølgning — integration indicators for political follow-up.\n' +
      'Data: INDIKATOR_DATA_DIR (standard ./data) eller DATABASE_URL=postgres://…',
  )
  .showHelpAfterError()
  .exitOverride()
  // Commander's own words in both languages, like every other text of the command line.
  .helpOption('-h, --help', 'vis hjælp / display help')
  .helpCommand('help [command]', 'vis hjælp til en kommando / display help for a command')
  .configureHelp({ styleTitle: (title) => HELP_TITLES[title] ?? title })
  .configureOutput({ outputError: (text, write) => write(bilingualCommanderError(text)) });

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
