/** aggregate/ service: person-level files → suppressed aggregated deliveries. */
export {
  type AggregateDeps,
  type AggregateOutcome,
  type AggregateRequest,
  aggregateIndicator,
  checkedRequest,
  suppressCells,
} from './aggregate-indicator.ts';
export { aggregateIndicators } from './suppression-threads.ts';
export { type PlannedDelivery, readAggregatePlan } from './aggregate-plan.ts';
export { type ClassifiedPopulation, joinKeys, personsFor, readClassifiedPopulation } from './classified-population.ts';
export { DELIVERY_HEADER, writeDeliveryFile } from './delivery-file.ts';
export { suppressMunicipalities } from './suppress-municipalities.ts';
export { parentStatusWarning } from '../population/parent-status.ts';
