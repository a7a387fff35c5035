/** Every command of `indikator`, registered in the order the help lists them. */
import type { Command } from 'commander';
import { registerAggregate } from './aggregate.ts';
import { registerBackup } from './backup.ts';
import { registerCatalogue } from './catalogue.ts';
import { registerClassify } from './classify.ts';
import { registerCompute } from './compute.ts';
import { registerDemo } from './demo.ts';
import { registerExport } from './export.ts';
import { registerHousingCriteria } from './housing-criteria.ts';
import { registerImport } from './import.ts';
import { registerPeers } from './peers.ts';
import { registerReport } from './report.ts';
import { registerServe } from './serve.ts';
import { registerStatbank } from './statbank.ts';
import { registerTarget } from './target.ts';
import { registerUser } from './user.ts';

export function registerCommands(program: Command): void {
  registerClassify(program);
  registerCatalogue(program);
  registerAggregate(program);
  registerImport(program);
  registerExport(program);
  registerCompute(program);
  registerReport(program);
  registerServe(program);
  registerDemo(program);
  registerStatbank(program);
  registerUser(program);
  registerTarget(program);
  registerBackup(program);
  registerPeers(program);
  registerHousingCriteria(program);
}
