/**
 * `classify`: a population extract in, the same persons out — pseudonymised, in input order — with
 * their origin group, origin country, region, third-generation flag, refugee flag and the memo's
 * group under the chosen definition. Columns not in the contract are not copied: an unknown
 * column may hold identifiers, and the output must never carry one.
 */
import { assignGroup, type Definition, type Group, GROUPS, type OriginGroup } from '../origin/index.ts';
import { csvLine, type Pseudonymiser, threadPays } from '../ingest/index.ts';
import { type Classification, ClassificationColumns, classifiedTable } from './classify-output/classified-table.ts';
import { FormatThread, TableWriter } from './classify-output/write-table.ts';
import { classifyRows, type ClassifiedRows } from './population/classify-rows.ts';
import type { PersonColumns } from './population/person-columns.ts';
import { readPopulation } from './population/read-population.ts';

export { parentStatusWarning } from './population/parent-status.ts';

export interface ClassifyOptions {
  input: string;
  output: string;
  definition: Definition;
  thirdGeneration: boolean;
  sheet?: string | number;
  onProgress?: (stage: 'read' | 'write', rows: number) => void;
  /** Format the output lines on a second thread too; default: when the extract is large enough (`threadPays`). */
  formatThread?: boolean;
}

export interface ClassifySummary {
  persons: number;
  groups: Record<Group, number>;
  originGroups: Record<OriginGroup, number>;
  thirdGeneration: number;
  refugees: number;
  linkedParents: number;
  /**
   * Persons with a parent the extract gives no facts for and no register status
   * (`mother_status`/`father_status`): taken as unknown in the register, which may be wrong.
   */
  parentsWithoutStatus: number;
  quality: ClassifiedRows['quality'];
  /**
   * Persons and groups per municipality (code order), for an extract of several municipalities;
   * absent for one municipality's own extract.
   */
  municipalities?: MunicipalityCount[];
}

/** One municipality's persons by group. */
export interface MunicipalityCount {
  municipality: string;
  persons: number;
  groups: Record<Group, number>;
}

export const CLASSIFY_COLUMNS = [
  'person_id',
  'birth_date',
  'sex',
  'birth_country',
  'citizenship',
  'mother_id',
  'father_id',
  'area',
  'municipality',
  'origin_group',
  'origin_country',
  'origin_region',
  'third_generation',
  'refugee',
  'group',
] as const;

/** Classifies a population extract and writes the contract's columns (DATA.md §5). */
export async function classifyPopulation(options: ClassifyOptions, pseudonymiser: Pseudonymiser): Promise<ClassifySummary> {
  // A large extract's lines are formatted on both cores; the thread loads while the extract is read.
  const thread = (options.formatThread ?? threadPays(options.input)) ? new FormatThread() : null;
  try {
    const population = await readPopulation(options.input, pseudonymiser, {
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
      onProgress: (n) => options.onProgress?.('read', n),
    });
    const { persons } = population;
    // The lines are formatted and written (on the thread) while the persons are classified (here).
    const classification = new ClassificationColumns(persons.size);
    const { table, growing } = classifiedTable(persons, classification);
    const writer = new TableWriter(options.output, csvLine(CLASSIFY_COLUMNS), table, thread, growing);
    try {
      // Counted by the municipality's number in the columns; a group's index in GROUPS.
      const byMunicipality: number[][] = [];
      const classified = classifyRows(population, (i, origin) => {
        const refugee = persons.refugee(i);
        const group = assignGroup({ origin, citizenship: persons.citizenship(i), refugee }, options.definition, options.thirdGeneration);
        countMunicipality(byMunicipality, persons.municipalityNumber(i), group);
        classification.set(i, origin, refugee, group);
        writer.publish(i + 1);
      });
      await writer.finish();
      options.onProgress?.('write', persons.size);
      return summaryOf(persons, classified, classification, byMunicipality);
    } catch (error) {
      await writer.abort();
      throw error;
    }
  } finally {
    await thread?.close();
  }
}

/** The counts of the classified persons, in all and per municipality. */
function summaryOf(persons: PersonColumns, classified: ClassifiedRows, classification: ClassificationColumns, byMunicipality: number[][]): ClassifySummary {
  const summary = emptySummary(persons.size, classified);
  for (const { classification: c, rows } of classification.tally()) count(summary, c, rows);
  const municipalities = municipalityCounts(byMunicipality, persons);
  if (municipalities.length > 1) summary.municipalities = municipalities;
  return summary;
}

/** One more person of `group` in the municipality numbered `municipality` (0: the extract gives none). */
function countMunicipality(counts: number[][], municipality: number, group: Group): void {
  if (municipality === 0) return;
  let entry = counts[municipality];
  if (entry === undefined) {
    entry = [0, 0, 0];
    counts[municipality] = entry;
  }
  const g = GROUPS.indexOf(group);
  entry[g] = (entry[g] ?? 0) + 1;
}

/** The counts per municipality, in code order. */
function municipalityCounts(counts: readonly (number[] | undefined)[], persons: PersonColumns): MunicipalityCount[] {
  const result: MunicipalityCount[] = [];
  counts.forEach((entry, n) => {
    const municipality = persons.municipalities.valueOf(n);
    if (entry === undefined || municipality === null) return;
    const [target = 0, comparison = 0, other = 0] = entry;
    result.push({ municipality, persons: target + comparison + other, groups: { target, comparison, other } });
  });
  return result.sort((a, b) => a.municipality.localeCompare(b.municipality));
}

function emptySummary(persons: number, classified: ClassifiedRows): ClassifySummary {
  return {
    persons,
    groups: { target: 0, comparison: 0, other: 0 },
    originGroups: { dansk_oprindelse: 0, indvandrer: 0, efterkommer: 0 },
    thirdGeneration: 0,
    refugees: 0,
    linkedParents: classified.linkedParents,
    parentsWithoutStatus: classified.parentsWithoutStatus,
    quality: classified.quality,
  };
}

/** `rows` more persons classified as `c`. */
function count(s: ClassifySummary, c: Classification, rows: number): void {
  s.groups[c.group] += rows;
  s.originGroups[c.origin.originGroup] += rows;
  if (c.origin.thirdGeneration) s.thirdGeneration += rows;
  if (c.refugee) s.refugees += rows;
}
