/**
 * The synthetic demo municipality ("Demo Kommune", code 999): a deterministic simulation of about
 * 50,000 residents over 2015–2025 that writes realistic person-level files for every indicator.
 */
export { AREAS, type DemoArea } from './areas.ts';
export { type DemoCountry, NON_WESTERN, spellingsOf, WESTERN } from './countries.ts';
export { type DemoOptions, generateDemo } from './generate-demo.ts';
export { type DemoManifest, type DemoManifestEntry, dataFileName, entriesByPopulation, populationFileName, relocateManifest } from './manifest.ts';
export { DEMO_MUNICIPALITY, POPULATION_COLUMNS } from './population-file.ts';
export { createRandom, type Random } from './random.ts';
export { runSimulation, type Emit, type SimulationOptions } from './simulation.ts';
