/** Every command of `indikator`, registered in the order the help lists them. */
import type { Command } from 'commander';
import { registerCatalogue } from './catalogue.ts';
import { registerClassify } from './classify.ts';
import { registerCompute } from './compute.ts';
import { registerImport } from './import.ts';

export function registerCommands(program: Command): void {
  registerClassify(program);
  registerCatalogue(program);
  registerImport(program);
  registerCompute(program);
}
