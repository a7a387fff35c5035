/**
 * Small-cell protection holds for the person breakdowns (sex, generation, refugee status, years of
 * residence, region of origin, MENAPT) on random populations,
 * aggregated and suppressed the way `indikator aggregate` does. The attacker knows the relations
 * by construction, not from the product: a group's sex (generation, refugee, residence) cells split the group's
 * persons, and per sex the groups add up to the total; and the immigrants hold the refugees and
 * the residence bands (descendants are never refugees and have not arrived).
 * Region of origin leaves a remainder (Danish Realm, stateless, unknown origin) that is never
 * published: the whole minus the regions is such a count. For every such relation with a published
 * whole, the whole minus the published parts — in numerator, denominator and their difference —
 * is never 1..t−1; nor is any published count; and the full audit (exact recovery, interval
 * bounds) of the product's own table finds nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AggregationPerson, aggregate } from '../../src/counting/index.ts';
import { type Indicator, loadCatalogue, personBreakdownKeys } from '../../src/catalogue/index.ts';
import type { Group, OriginGroup } from '../../src/origin/index.ts';
import { suppressCells } from '../../src/services/aggregate-delivery/index.ts';
import { cellKey, deliveryTable } from '../../src/services/compute/delivery-table.ts';
import { auditSuppression } from '../../src/stats/index.ts';
import type { Cell } from '../../src/cells/index.ts';

const T = 5;
const indicator = loadCatalogue().get('valgdeltagelse') as Indicator;
const KV2025 = { start: '2025-11-18', end: '2025-11-18', label: 'KV2025' };
const GROUPS = ['target', 'comparison', 'other'] as const;

type Drawn = { group: Group; sex: 'M' | 'K' | null; origin: OriginGroup; voted: boolean; refugee?: boolean; arrival?: string | null; country?: string };

/** Arrival dates 1, 4, 7 and 12 years before election day, or none. */
const ARRIVALS = ['2024-06-01', '2021-06-01', '2018-06-01', '2013-06-01', null] as const;

/**
 * Origin countries: for the target group Asia and MENAPT (SY), other European and MENAPT (TR), Asia
 * not MENAPT (VN), Africa and MENAPT (SO), Africa not MENAPT (ER), unknown (XX: no region); for
 * the other group EU-27, other European, North America, Oceania and the Danish Realm (GL: no region).
 */
const COUNTRIES: Record<string, readonly string[]> = {
  target: ['SY', 'TR', 'VN', 'SO', 'ER', 'XX'],
  other: ['DE', 'NO', 'US', 'AU', 'GL'],
  comparison: ['DK'],
};
const REGIONS = ['eu27', 'europe_other', 'africa', 'north_america', 'south_central_america', 'asia', 'oceania'];
const REGION_PARTS: Record<string, string[]> = {
  eu27: ['eu27'],
  europe_other: ['europe_other_menapt', 'europe_other_other'],
  africa: ['africa_menapt', 'africa_other'],
  north_america: ['north_america'],
  south_central_america: ['south_central_america'],
  asia: ['asia_menapt', 'asia_other'],
  oceania: ['oceania'],
};
const REGION_MENAPT = Object.values(REGION_PARTS).flat();

/**
 * A random electoral roll built from a count per kind of person, each count small (0–4) or large
 * (5–40), so that large groups with one small sex or generation are common: the case a
 * subtraction attack needs.
 */
const rollArb = fc
  .tuple(
    fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 5, max: 40 })), { minLength: 36, maxLength: 36 }),
    fc.array(fc.nat(9), { minLength: 64, maxLength: 64 }),
  )
  .map(([sizes, spread]) => {
    const kinds: Drawn[] = [];
    for (const group of GROUPS)
      for (const sex of ['M', 'K', null] as const)
        for (const origin of ['indvandrer', 'efterkommer'] as const) for (const voted of [true, false]) kinds.push({ group, sex, origin, voted });
    // Persons without a sex are rare in a register: at most one of each kind.
    const persons = kinds.flatMap((kind, i) => Array.from({ length: kind.sex === null ? Math.min(sizes[i] as number, 1) : (sizes[i] as number) }, () => kind));
    // Refugees (target group only) and immigrants' arrival dates, spread so that some are few.
    return persons.map((p, i) => {
      const r = spread[i % spread.length] as number;
      const arrival = p.origin === 'indvandrer' ? (ARRIVALS[r % ARRIVALS.length] ?? null) : null;
      const countries = COUNTRIES[p.group] as readonly string[];
      const country = countries[(r + i) % countries.length] as string;
      return { ...p, refugee: p.group === 'target' && p.origin === 'indvandrer' && r < 3, arrival, country };
    });
  });

/** Aggregates one random electoral roll: every cell with its true counts, none withheld yet. */
function count(drawn: readonly Drawn[]): Cell[] {
  const persons = new Map<string, AggregationPerson>();
  drawn.forEach((p, i) => {
    const originGroup = p.group === 'comparison' ? 'dansk_oprindelse' : p.origin;
    persons.set(`P${i}`, {
      id: `P${i}`,
      birthDate: '1980-01-01',
      sex: p.sex,
      group: p.group,
      refugee: p.refugee ?? false,
      area: null,
      originGroup,
      arrivalDate: p.arrival ?? null,
      originCountry: p.country ?? 'DK',
    });
  });
  const rows = drawn.map((p, i) => ({ rowNumber: i + 2, values: { person_id: `P${i}`, voted: p.voted ? '1' : '0' } }));
  const out = aggregate({
    indicatorId: 'valgdeltagelse',
    period: KV2025,
    referenceDate: KV2025.end,
    persons,
    rows,
    ageBands: [],
    personBreakdowns: personBreakdownKeys(indicator),
  });
  return out.cells.map((c) => ({ ...c, municipality: '999', suppressed: false, note: '' }));
}

/** The indicator as if the catalogue did not say which values hold others (today's leak). */
function withoutContains(entry: Indicator): Indicator {
  return { ...entry, breakdowns: entry.breakdowns.map((b) => ({ ...b, values: b.values.map(({ contains: _, ...v }) => v) })) } as Indicator;
}

/** Aggregates and suppresses one random electoral roll. */
function run(drawn: readonly Drawn[], catalogueEntry: Indicator = indicator): Cell[] {
  return suppressCells(catalogueEntry, count(drawn), T);
}

/** Every relation a reader knows: [whole, parts]. */
function relations(): [string, string[]][] {
  const key = (group: string, breakdown: string) => cellKey({ municipality: '999', group, breakdown });
  const out: [string, string[]][] = [];
  for (const group of [...GROUPS, 'total']) out.push([key(group, ''), [key(group, 'sex=M'), key(group, 'sex=K')]]);
  for (const group of ['target', 'other']) out.push([key(group, ''), [key(group, 'generation=immigrant'), key(group, 'generation=descendant')]]);
  for (const group of ['target', 'other']) out.push([key(group, ''), ['0-2', '3-5', '6-9', '10+'].map((band) => key(group, `residence=${band}`))]);
  for (const group of ['target', 'other']) out.push([key(group, ''), REGIONS.map((region) => key(group, `region=${region}`))]);
  out.push([key('target', ''), [key('target', 'refugee=yes'), key('target', 'refugee=no')]]);
  out.push([key('target', ''), [key('target', 'menapt=yes'), key('target', 'menapt=no')]]);
  // Region × MENAPT: every region and `menapt=yes` is the sum of its region × MENAPT cells.
  const cross = (code: string) => key('target', `region_menapt=${code}`);
  out.push([key('target', ''), REGION_MENAPT.map(cross)]);
  for (const [region, parts] of Object.entries(REGION_PARTS)) out.push([key('target', `region=${region}`), parts.map(cross)]);
  out.push([key('target', 'menapt=yes'), ['asia_menapt', 'africa_menapt', 'europe_other_menapt'].map(cross)]);
  for (const breakdown of ['', 'sex=M', 'sex=K']) out.push([key('total', breakdown), GROUPS.map((g) => key(g, breakdown))]);
  // Nesting the attacker knows from the definitions: descendants are never refugees and only
  // immigrants have arrived, so immigrant = refugee=yes + the rest, and = Σ residence bands + the
  // rest; and refugee=no = descendant + the non-refugee immigrants (the same fact, seen from the other side).
  out.push([key('target', 'generation=immigrant'), [key('target', 'refugee=yes')]]);
  out.push([key('target', 'refugee=no'), [key('target', 'generation=descendant')]]);
  for (const group of ['target', 'other'])
    out.push([key(group, 'generation=immigrant'), ['0-2', '3-5', '6-9', '10+'].map((band) => key(group, `residence=${band}`))]);
  return out;
}

const small = (x: number) => x >= 1 && x < T;
const dims = (c: Cell) => [c.numerator ?? 0, c.denominator ?? 0, (c.denominator ?? 0) - (c.numerator ?? 0)];

/** What the attacker learns: published small counts, and small differences of a published whole and its published parts. */
function leaks(cells: readonly Cell[]): string[] {
  const published = new Map(cells.filter((c) => !c.suppressed).map((c) => [cellKey(c), c]));
  const found: string[] = [];
  for (const [key, c] of published) if (dims(c).some(small)) found.push(`published ${key}`);
  found.push(...crossLeaks(published));
  for (const [whole, parts] of relations()) {
    const w = published.get(whole);
    if (w === undefined) continue;
    const shown = parts.map((p) => published.get(p)).filter((c): c is Cell => c !== undefined);
    const rest = dims(w).map((x, i) => shown.reduce((sum, c) => sum - (dims(c)[i] as number), x));
    if (rest.some(small)) found.push(`${whole} − ${shown.map(cellKey).join(' − ')} = ${rest.join('/')}`);
  }
  return found;
}

/**
 * What the regions and MENAPT give without the crossed cells: MENAPT countries lie in Asia, Africa
 * and (Turkey) the other European countries, so where two of those three are published as 0, the
 * third minus `menapt=yes` is its non-MENAPT persons — e.g. 3 Vietnamese in the target group.
 */
function crossLeaks(published: ReadonlyMap<string, Cell>): string[] {
  const key = (breakdown: string) => cellKey({ municipality: '999', group: 'target', breakdown });
  const yes = published.get(key('menapt=yes'));
  if (yes === undefined) return [];
  const regions = ['asia', 'africa', 'europe_other'].map((r) => published.get(key(`region=${r}`)));
  return regions.flatMap((region, i) => {
    const others = regions.filter((_, j) => j !== i);
    if (region === undefined || others.some((o) => o === undefined || dims(o).some((x) => x !== 0))) return [];
    const rest = dims(region).map((x, d) => x - (dims(yes)[d] as number));
    return rest.some(small) ? [`target region ${['asia', 'africa', 'europe_other'][i]} − menapt=yes = ${rest.join('/')}`] : [];
  });
}

describe('the person breakdowns keep small counts hidden', () => {
  it('no count 1..t−1 is published or follows from a group total minus its sex, generation, refugee, residence, region or MENAPT cells', () => {
    fc.assert(
      fc.property(rollArb, (drawn) => {
        expect(leaks(run(drawn))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("the audit of the product's own table (exact recovery and interval bounds) finds nothing", () => {
    fc.assert(
      fc.property(rollArb, (drawn) => {
        // The audit needs the true counts behind the withheld cells: a table rebuilt from the
        // published cells (withheld ones blanked) would give the relations remainders that are not
        // the data's and report findings about a table that was never published.
        const truth = count(drawn);
        const withheld = new Set(
          suppressCells(indicator, truth, T)
            .filter((c) => c.suppressed)
            .map(cellKey),
        );
        expect(auditSuppression(deliveryTable(indicator, truth), withheld, T)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('a hand case: 3 women in the target group are hidden, and so is a second cell of each relation', () => {
    const drawn = [
      ...Array.from({ length: 20 }, () => ({ group: 'target' as const, sex: 'M' as const, origin: 'indvandrer' as const, voted: true })),
      ...Array.from({ length: 3 }, () => ({ group: 'target' as const, sex: 'K' as const, origin: 'efterkommer' as const, voted: true })),
      ...Array.from({ length: 30 }, (_, i) => ({
        group: 'comparison' as const,
        sex: i % 2 === 0 ? ('M' as const) : ('K' as const),
        origin: 'dansk_oprindelse' as const,
        voted: i % 3 !== 0,
      })),
    ];
    const cells = run(drawn);
    const isHidden = (group: string, breakdown: string) => cells.find((c) => c.group === group && c.breakdown === breakdown)?.suppressed;
    expect(isHidden('target', 'sex=K')).toBe(true);
    expect(isHidden('target', 'generation=descendant')).toBe(true);
    expect(leaks(cells)).toEqual([]);
  });

  it('a hand case: 42 immigrants in the target group, 40 of them refugees — the 2 others are hidden because the rule knows immigrant ⊇ refugee=yes', () => {
    const target = (origin: 'indvandrer' | 'efterkommer', refugee: boolean, i: number) => ({
      group: 'target' as const,
      sex: i % 2 === 0 ? ('M' as const) : ('K' as const),
      origin,
      voted: i % 3 !== 0,
      refugee,
      arrival: origin === 'indvandrer' ? '2013-06-01' : null,
      country: 'SY',
    });
    const drawn = [
      ...Array.from({ length: 40 }, (_, i) => target('indvandrer', true, i)),
      ...Array.from({ length: 2 }, (_, i) => target('indvandrer', false, i)),
      ...Array.from({ length: 20 }, (_, i) => target('efterkommer', false, i)),
      ...Array.from({ length: 30 }, (_, i) => ({
        group: 'comparison' as const,
        sex: i % 2 === 0 ? ('M' as const) : ('K' as const),
        origin: 'dansk_oprindelse' as const,
        voted: i % 3 !== 0,
      })),
    ];
    const cells = run(drawn);
    const isHidden = (breakdown: string) => cells.find((c) => c.group === 'target' && c.breakdown === breakdown)?.suppressed;
    // Every split of the target group alone is safe (40 + 22, 42 + 20, 62 in 10+, 62 MENAPT) ...
    expect(leaks(run(drawn, withoutContains(indicator)))).toEqual([
      '999|target|generation=immigrant − 999|target|refugee=yes = 1/2/1',
      '999|target|refugee=no − 999|target|generation=descendant = 1/2/1',
    ]);
    // ... but 42 immigrants − 40 refugees is 2: one of the two is withheld.
    expect(isHidden('generation=immigrant') || isHidden('refugee=yes')).toBe(true);
    expect(leaks(cells)).toEqual([]);
  });

  it('a hand case: 12 immigrants and 20 descendants in the other group, 10 immigrants with an arrival date — the 2 without are hidden because the rule knows immigrant ⊇ the residence bands', () => {
    const other = (origin: 'indvandrer' | 'efterkommer', arrival: string | null, i: number) => ({
      group: 'other' as const,
      sex: 'M' as const,
      origin,
      voted: i % 2 === 0,
      arrival,
      country: 'DE',
    });
    const drawn = [
      ...Array.from({ length: 10 }, (_, i) => other('indvandrer', '2013-06-01', i)),
      ...Array.from({ length: 2 }, (_, i) => other('indvandrer', null, i)),
      ...Array.from({ length: 20 }, (_, i) => other('efterkommer', null, i)),
      ...Array.from({ length: 30 }, (_, i) => ({
        group: 'comparison' as const,
        sex: i % 2 === 0 ? ('M' as const) : ('K' as const),
        origin: 'dansk_oprindelse' as const,
        voted: i % 3 !== 0,
      })),
    ];
    expect(leaks(run(drawn, withoutContains(indicator)))).toEqual([
      '999|other|generation=immigrant − 999|other|residence=0-2 − 999|other|residence=3-5 − 999|other|residence=6-9 − 999|other|residence=10+ = 1/2/1',
    ]);
    expect(leaks(run(drawn))).toEqual([]);
  });

  it('a hand case: 3 Vietnamese among 23 target persons of Asian origin, 10 Colombians, nobody from Africa or Turkey — hidden because the rule knows region × MENAPT', () => {
    const target = (country: string, voted: boolean) => ({ group: 'target' as const, sex: 'M' as const, origin: 'indvandrer' as const, voted, country });
    const drawn = [
      ...Array.from({ length: 20 }, (_, i) => target('SY', i % 2 === 0)),
      ...Array.from({ length: 3 }, () => target('VN', true)),
      ...Array.from({ length: 10 }, () => target('CO', true)),
      ...Array.from({ length: 30 }, (_, i) => ({
        group: 'comparison' as const,
        sex: i % 2 === 0 ? ('M' as const) : ('K' as const),
        origin: 'dansk_oprindelse' as const,
        voted: i % 3 !== 0,
      })),
    ];
    const cells = run(drawn);
    expect(cells.find((c) => c.group === 'target' && c.breakdown === 'region_menapt=asia_other')?.suppressed).toBe(true);
    expect(leaks(cells)).toEqual([]);
    // Without the crossed cells and the unions, the regions and MENAPT alone give the 3 away.
    const blind = {
      ...indicator,
      breakdowns: indicator.breakdowns.filter((b) => b.key !== 'region_menapt').map((b) => ({ ...b, values: b.values.map(({ union_of: _, ...v }) => v) })),
    } as Indicator;
    const unprotected = run(drawn, blind).filter((c) => !c.breakdown.startsWith('region_menapt='));
    expect(crossLeaks(new Map(unprotected.filter((c) => !c.suppressed).map((c) => [cellKey(c), c])))).toEqual(['target region asia − menapt=yes = 3/3/0']);
  });
});
