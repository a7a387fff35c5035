/** compute/: from stored deliveries to published indicator results (pure). */
export { type ComputedResults, type ComputeOptions, computeResults } from './compute-results.ts';
export { breakdownKey, cellKey, cellKeyParts, deliveryTable } from './delivery-table.ts';
export { suppressedKeys } from './period-cells.ts';
export { auditedSuppressedKeys } from './audited-suppression.ts';
export { type AreaIndices, areaIndices } from './housing-areas.ts';
