/**
 * Public surface of the diversity module: diversity within housing areas and segregation
 * indices across them (indicator `boligomraader-diversitet`).
 */

export type { AreaCounts, IndexValue } from './area-counts.ts';
export { type AreaDiversity, areaDiversity, diversityByArea } from './area-diversity.ts';
export { dissimilarityIndex } from './dissimilarity-index.ts';
export { exposureIndex, isolationIndex } from './exposure-index.ts';
export { theilIndex } from './theil-index.ts';
export { withPooledUnit } from './pooled-unit.ts';
export {
  type AreaCriteriaFigures,
  CRITERIA_NEEDED,
  type CriteriaMet,
  criteriaMet,
  type LegalCriteriaResult,
  type LegalList,
  legalCriteria,
  OFFICIAL_RESIDENTS,
  PREVENTION_LIMITS,
  SOCIAL_CRITERIA,
  type SocialCriterion,
  VULNERABLE_LIMITS,
} from './legal-criteria.ts';
