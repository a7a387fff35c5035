/**
 * `indikator housing-criteria <list>`: the legal criteria of Almenboligloven § 61 a per area
 * (variant `legal_criteria` of `boligomraader-diversitet`) from the ministry's list as a file.
 */
import type { Command } from 'commander';
import type { CriteriaMet, LegalCriteriaResult, LegalList } from '../../stats/index.ts';
import { withContext } from '../context.ts';
import { textTable } from '../table.ts';

const LIST_WORDS: Readonly<Record<LegalList | 'not_official', string>> = {
  parallel_society: 'parallelsamfund / parallel society',
  vulnerable: 'udsat boligområde / vulnerable area',
  prevention: 'forebyggelsesområde / prevention area',
  none: 'ingen liste / no list',
  not_official: 'under 1.000 beboere: ikke et officielt område / below 1,000 residents: not an official area',
};

export function registerHousingCriteria(program: Command): void {
  program
    .command('housing-criteria')
    .description(
      "lovens kriterier pr. boligområde (almenboligloven § 61 a) fra ministeriets liste / the legal criteria per housing area from the ministry's list",
    )
    .argument('<list>', 'ministeriets liste over boligområderne (CSV eller XLSX) / the ministry list of housing areas (CSV or XLSX)')
    .option('--json', 'som JSON / as JSON', false)
    .option('--save', 'gem listen til boligområdesiden / keep the list for the housing-area page', false)
    .action(async (list: string, opts: { json: boolean; save: boolean }) => {
      await withContext(async (ctx) => {
        const { legalCriteriaOfList, saveAreaList } = await import('../../services/housing-list/index.ts');
        const results = opts.save ? await saveAreaList(list, ctx.config.dataDir) : await legalCriteriaOfList(list);
        process.stdout.write(opts.json ? `${JSON.stringify(results, null, 2)}\n` : `${table(results)}\n`);
      });
    });
}

/** "1 2 – 4": the criteria met, by the law's numbers. */
function met(criteria: CriteriaMet): string {
  return [criteria.employment, criteria.crime, criteria.education, criteria.income].map((m, i) => (m ? String(i + 1) : '–')).join(' ');
}

function table(results: readonly LegalCriteriaResult[]): string {
  return textTable(
    ['område / area', 'beboere / residents', 'udsat 1–4 / vulnerable 1–4', 'forebyggelse 1–4 / prevention 1–4', 'liste / list'],
    results.map((r) =>
      r.kind === 'not_official'
        ? [r.area, r.residents.toLocaleString('da-DK'), '', '', LIST_WORDS.not_official]
        : [r.area, r.residents.toLocaleString('da-DK'), met(r.vulnerable), met(r.prevention), LIST_WORDS[r.list]],
    ),
  );
}
