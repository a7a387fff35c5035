/**
 * The columns of the population extract (DATA.md §4): one row per person. The first five are required;
 * a parent's columns may be absent or empty, and the parent's status says whether such a parent is
 * unknown in the register or was left out (docs/origin.md §1a). The three person identifiers are
 * marked identifying, so no message ever quotes them.
 */
import type { ColumnSpec } from './column-spec.ts';

/** Expected columns of a population extract, with their Danish aliases. */
export const POPULATION_COLUMNS = [
  { name: 'person_id', aliases: ['cpr', 'cpr_nr', 'cprnr', 'personnummer'], required: true, identifying: true },
  { name: 'birth_date', aliases: ['foedselsdato'], required: true },
  { name: 'sex', aliases: ['koen'], required: true },
  { name: 'birth_country', aliases: ['foedeland'], required: true },
  { name: 'citizenship', aliases: ['statsborgerskab'], required: true },
  { name: 'mother_id', aliases: ['mor_id'], required: false, identifying: true },
  { name: 'father_id', aliases: ['far_id'], required: false, identifying: true },
  { name: 'mother_birth_country', aliases: ['mor_foedeland'], required: false },
  { name: 'mother_citizenship', aliases: ['mor_statsborgerskab'], required: false },
  { name: 'father_birth_country', aliases: ['far_foedeland'], required: false },
  { name: 'father_citizenship', aliases: ['far_statsborgerskab'], required: false },
  { name: 'mother_origin_group', aliases: ['mor_herkomst'], required: false },
  { name: 'father_origin_group', aliases: ['far_herkomst'], required: false },
  { name: 'mother_origin_country', aliases: ['mor_oprindelsesland'], required: false },
  { name: 'father_origin_country', aliases: ['far_oprindelsesland'], required: false },
  // The parent's register status: `unknown` (no parent registered) or `known` (docs/origin.md §1a).
  { name: 'mother_status', aliases: ['mor_status'], required: false },
  { name: 'father_status', aliases: ['far_status'], required: false },
  { name: 'refugee', aliases: ['flygtning'], required: false },
  { name: 'area', aliases: ['boligomraade'], required: false },
  // When an immigrant arrived in Denmark (the latest immigration), for years of residence (docs/catalogue.md §4a).
  { name: 'arrival_date', aliases: ['indrejsedato', 'indvandringsdato'], required: false },
  { name: 'municipality', aliases: ['kommune'], required: false },
] as const satisfies readonly ColumnSpec[];

/** The canonical names of the population extract's columns. */
export type PopulationColumn = (typeof POPULATION_COLUMNS)[number]['name'];
