/**
 * The value under `key`, created and stored on first use: the one spelling of the nested caches
 * and tallies that aggregation builds per group, breakdown, age or reference date.
 * @example getOrCreate(byGroup, 'target', () => new Map()).set('', tally)
 */
export function getOrCreate<K, V>(map: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}
