/** `indikator classify <population> --out <file.csv>` (DATA.md §5). */
import type { Command } from 'commander';
import { DATA_QUALITY_WORDS, type DataQualityFlag } from '../../origin/index.ts';
import { DEFINITIONS, type Definition, GROUPS } from '../../origin/types.ts';
import type { ClassifySummary } from '../../services/classify.ts';
import { withContext } from '../context.ts';
import { createProgress } from '../progress.ts';
import { textTable } from '../table.ts';
import { parseSheet, usageProblem } from './options.ts';
import type { Localized } from '../../language/index.ts';

export function registerClassify(program: Command): void {
  program
    .command('classify')
    .description('klassificér et befolkningsudtræk efter herkomst / classify a population extract by origin')
    .argument('<population>', 'befolkningsudtræk (CSV eller XLSX) / population extract (CSV or XLSX)')
    .requiredOption('--out <file.csv>', 'outputfil / output file')
    .option('--definition <definition>', 'origin (herkomst) eller citizenship (statsborgerskab)', 'origin')
    .option('--third-generation', 'regn børn af efterkommere med i målgruppen / include children of descendants', false)
    .option('--sheet <sheet>', 'XLSX-ark (navn eller nummer) / XLSX sheet (name or number)')
    .option('--json', 'skriv optællingen som JSON / print the counts as JSON', false)
    .action(async (population: string, opts: { out: string; definition: string; thirdGeneration: boolean; sheet?: string; json: boolean }) => {
      const definition = parseDefinition(opts.definition);
      await withContext(async (ctx) => {
        const { classifyPopulation, parentStatusWarning } = await import('../../services/classify.ts');
        const progress = createProgress();
        const summary = await classifyPopulation(
          {
            input: population,
            output: opts.out,
            definition,
            thirdGeneration: opts.thirdGeneration,
            ...parseSheet(opts.sheet),
            onProgress: (stage, n) => progress.update(stage === 'read' ? 'læst / read' : 'skrevet / written', n),
          },
          await ctx.pseudonymiser(),
        );
        progress.done();
        process.stdout.write(
          opts.json ? `${JSON.stringify(summary, null, 2)}\n` : `${describe(summary, opts.out, parentStatusWarning(summary.parentsWithoutStatus))}\n`,
        );
      });
    });
}

function parseDefinition(text: string): Definition {
  if ((DEFINITIONS as readonly string[]).includes(text)) return text as Definition;
  throw usageProblem(`--definition skal være origin eller citizenship (fik '${text}')`, `--definition must be origin or citizenship (got '${text}')`);
}

/** A data-quality note in both languages; the code stays in `--json`. */
function qualityWords(flag: string): string {
  const words = DATA_QUALITY_WORDS[flag as DataQualityFlag] as Localized | undefined;
  return words === undefined ? flag : `${words.da} / ${words.en}`;
}

/** The counts as tables, with the missing-parent-status warning (the one text `aggregate` prints too). */
function describe(s: ClassifySummary, out: string, warning: Localized | null): string {
  const n = (x: number) => x.toLocaleString('da-DK');
  const pct = (x: number) => (s.persons === 0 ? '' : `${((100 * x) / s.persons).toFixed(1).replace('.', ',')} %`);
  const rows = [
    ['målgruppe / target', n(s.groups.target), pct(s.groups.target)],
    ['sammenligning / comparison', n(s.groups.comparison), pct(s.groups.comparison)],
    ['øvrige / other', n(s.groups.other), pct(s.groups.other)],
    ['i alt / total', n(s.persons), ''],
  ];
  const origin = [
    ['dansk oprindelse', n(s.originGroups.dansk_oprindelse), pct(s.originGroups.dansk_oprindelse)],
    ['indvandrere', n(s.originGroups.indvandrer), pct(s.originGroups.indvandrer)],
    ['efterkommere', n(s.originGroups.efterkommer), pct(s.originGroups.efterkommer)],
    ['børn af efterkommere (3. generation)', n(s.thirdGeneration), pct(s.thirdGeneration)],
    ['flygtninge / refugees', n(s.refugees), pct(s.refugees)],
  ];
  const quality = Object.entries(s.quality)
    .filter(([, count]) => count > 0)
    .map(([flag, count]) => `  ${qualityWords(flag)}: ${n(count)}`);
  const municipalities = (s.municipalities ?? []).map((m) => [m.municipality, n(m.persons), ...GROUPS.map((g) => n(m.groups[g]))]);
  return [
    `${n(s.persons)} personer klassificeret → ${out}`,
    '',
    textTable(['gruppe / group', 'antal', 'andel'], rows),
    '',
    textTable(['herkomst / origin', 'antal', 'andel'], origin),
    ...(municipalities.length ? ['', textTable(['kommune', 'personer', ...GROUPS], municipalities)] : []),
    ...(quality.length ? ['', 'Datakvalitet / data quality:', ...quality] : []),
    ...(warning === null ? [] : ['', warning.da, warning.en]),
  ].join('\n');
}
