/**
 * Turns one stored delivery into the suppression rule's table: a cell per group × breakdown, what
 * hiding each one costs the reader, and every additive relation between them (margins), so that
 * secondary suppression can see which published figures add up to which. The suppression rule
 * itself lives in `stats/suppression`.
 *
 * The relations are derived from the catalogue, never listed by hand:
 * - groups: target + comparison + other = total, per breakdown. For a composition indicator
 *   (`measure.kind: index`: persons of each group among an area's residents) the groups split the
 *   numerator and every group's denominator is the area's residents.
 * - breakdowns: per group, a breakdown's values add up to the whole group — persons and
 *   numerators alike (`splits: population`), or numerators only, each value's denominator being
 *   the whole group's (`splits: numerator`).
 * - nesting: a value declared `union_of` other values (`age=under18` is `ageband=15-17`) equals
 *   their sum; a value declared to `contain` other values (`generation=immigrant` contains
 *   `refugee=yes`) is their sum plus an unpublished remainder.
 * - second figures: a computed variant's cell (`variant=running`) is no part of the group but
 *   relates to the default's whole-group cell by the variant's `relation` — it contains the
 *   default (running courses = the courses started + those continuing: an unpublished remainder)
 *   or lies within its numerator over the same denominator (for a mean: within its persons, n).
 *   Without the relation, running − started would show a small number of continuing courses.
 *   Counts that do not bear the relation out leave it unknown to the reader too, so the second
 *   figure is then withheld.
 * Persons outside every delivered part (no housing area, a group or value the file leaves out)
 * become an unpublished remainder cell of the relation: its counts are protected like any cell's,
 * so a whole minus its parts never shows 1–4 persons.
 *
 * Cost order (what secondary suppression hides first): a count of measures (before the persons
 * it counts); the other second figures (another definition beside the default); the 'other'
 * group and the totals; then
 * the target and comparison groups' breakdown cells; their whole-group cells — the figures the
 * memo exists for — last.
 */
import { type Breakdown, type Indicator, secondFigures, type Variant, VARIANT_KEY } from '../../catalogue/index.ts';
import { MARGIN_DIMENSIONS, type Margin, type MarginDimension, type Cell as SuppressionCell, type Table, type ValueKind } from '../../stats/index.ts';
import type { Cell } from '../../cells/index.ts';
import { WHOLE_COUNTRY_CODE } from '../../municipalities/index.ts';
import { GROUPS } from '../../origin/types.ts';
import { municipalityMargins } from './municipality-margins.ts';

/** Every count a margin can add up in (the suppression rule's list). */
const ALL_COUNTS: readonly MarginDimension[] = MARGIN_DIMENSIONS;
const EPSILON = 1e-9;

/** The key that identifies a cell within one delivery (which may hold many municipalities). */
export function cellKey(cell: { municipality: string; group: string; breakdown: string }): string {
  return `${cell.municipality}|${cell.group}|${cell.breakdown}`;
}

/** The municipality, group and breakdown of a key from `cellKey` (or of a remainder cell's key built on one). */
export function cellKeyParts(key: string): { municipality: string; group: string; breakdown: string } {
  const [municipality = '', group = '', ...rest] = key.split('|');
  return { municipality, group, breakdown: rest.join('|') };
}

/** Splits `key=value` into its key; '' for the whole group. */
export function breakdownKey(breakdown: string): string {
  const i = breakdown.indexOf('=');
  return i < 0 ? '' : breakdown.slice(0, i);
}

function valueKindOf(indicator: Indicator): ValueKind {
  // Index indicators are delivered as persons per area (numerator of denominator): shares.
  return indicator.measure.kind === 'index' ? 'share' : indicator.measure.kind;
}

/** What hiding a cell costs the reader: −2 is hidden first, 2 last. */
function costOf(cell: Cell, measures: ReadonlySet<string>): number {
  // A second figure goes first: publishing another definition beside the default must not cost
  // the default's figures, which the headline, status and comparison read. A count of measures
  // goes before the persons it counts: where one of the two must go, the children stay.
  if (measures.has(cell.breakdown)) return -2;
  if (breakdownKey(cell.breakdown) === VARIANT_KEY) return -1;
  if (cell.group === 'other' || cell.group === 'total') return 0;
  const cost = cell.breakdown === '' ? 2 : 1;
  // The country's figure (a margin of the municipalities, and published by Statistics Denmark
  // besides) goes before a municipality's figure of the same kind.
  return cell.municipality === WHOLE_COUNTRY_CODE ? cost - 0.5 : cost;
}

function countOf(cell: SuppressionCell, dimension: MarginDimension): number | null {
  return dimension === 'n' ? (cell.n ?? null) : cell[dimension];
}

/** One relation to add: `total` is split into `parts` (plus whatever none of them holds). */
export interface Split {
  total: string;
  parts: readonly string[];
  /** The counts the parts add up in. */
  dimensions: readonly MarginDimension[];
  /** Whether persons can be outside every part (a remainder nobody delivered); else the parts are all. */
  remainderPossible: boolean;
  /** Key of the unpublished remainder cell, if one is needed. */
  remainderKey: string;
}

/**
 * A suppression table built relation by relation: each relation is used only as far as the counts
 * bear it out, with an unpublished remainder cell for the persons in the whole but in no part. The
 * StatBank context's tables are built with it too (`context-figures/context-margins.ts`).
 */
export class SuppressionTableBuilder {
  readonly cells: SuppressionCell[];
  readonly byKey: Map<string, SuppressionCell>;
  readonly margins: Margin[] = [];

  constructor(cells: readonly SuppressionCell[]) {
    this.cells = [...cells];
    this.byKey = new Map(this.cells.map((c) => [c.key, c]));
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  /** Adds the relation if the delivered counts bear it out, with a remainder cell where needed. */
  addSplit(split: Split): void {
    const total = this.byKey.get(split.total);
    const parts = split.parts.filter((k) => this.byKey.has(k));
    if (total === undefined || parts.length === 0) return;
    const members = [total, ...parts.map((k) => this.byKey.get(k) as SuppressionCell)];
    // The counts the cells have (a share has no n, a mean no numerator); a margin skips the others.
    const dimensions = split.dimensions.filter((d) => countOf(total, d) !== null || total.sourceSuppressed);
    const margin = (extra: string[]): Margin => ({
      total: split.total,
      parts: [...parts, ...extra],
      ...(split.dimensions.length === ALL_COUNTS.length ? {} : { dimensions: split.dimensions }),
    });
    // A withheld cell whose counts are still at hand (a national run's cells, withheld by an
    // earlier round) does not hide the remainder: computed, it is often none — the country is the
    // sum of the municipalities — and an assumed unknown one would let a lone withheld cell pass.
    if (members.some((c) => c.sourceSuppressed && dimensions.some((d) => countOf(c, d) === null))) {
      // Counts unknown here: assume the parts are all unless a remainder can exist.
      if (split.remainderPossible) this.addRemainder(split.remainderKey, total.valueKind, null, dimensions);
      this.margins.push(margin(split.remainderPossible ? [split.remainderKey] : []));
      return;
    }
    const rest = remainderCounts(
      total,
      parts.map((k) => this.byKey.get(k) as SuppressionCell),
      dimensions,
    );
    // Parts that hold more than the whole are no partition in this file: no relation to use.
    if (rest === null) return;
    const none = dimensions.every((d) => Math.abs(rest[d] ?? 0) < EPSILON);
    if (!none) this.addRemainder(split.remainderKey, total.valueKind, rest, dimensions);
    this.margins.push(margin(none ? [] : [split.remainderKey]));
  }

  /**
   * Whether the counts bear a tie out: `bound` holds at least `part`'s counts — in every count
   * (`all`), in the numerator over the same denominator (`numerator`), or in the numerator and
   * the denominator each (`apart`). Counts withheld at the source cannot be checked and are taken
   * as borne out.
   */
  bears(tie: Tie): boolean {
    const bound = this.byKey.get(tie.bound);
    const parts = tie.parts.map((k) => this.byKey.get(k));
    if (bound === undefined || parts.some((p) => p === undefined)) return false;
    const members = parts as SuppressionCell[];
    if (bound.sourceSuppressed || members.some((p) => p.sourceSuppressed)) return true;
    const atLeast = (d: MarginDimension) => (countOf(bound, d) ?? 0) - members.reduce((t, p) => t + (countOf(p, d) ?? 0), 0) > -EPSILON;
    if (tie.counts === 'all') return ALL_COUNTS.every(atLeast);
    if (tie.counts === 'n') return atLeast('n');
    if (tie.counts === 'apart') return atLeast('numerator') && atLeast('denominator');
    return atLeast('numerator') && members.every((p) => bound.denominator === p.denominator);
  }

  /** Withholds a cell whose relation to the others cannot be stated: its counts count as unknown. */
  withhold(key: string): void {
    const cell = this.byKey.get(key);
    if (cell !== undefined) cell.sourceSuppressed = true;
  }

  /** `part`'s denominator is `whole`'s (a split of the numerator), when the file says so. */
  addSameDenominator(whole: string, part: string): void {
    const a = this.byKey.get(whole);
    const b = this.byKey.get(part);
    if (a === undefined || b === undefined) return;
    const known = !a.sourceSuppressed && !b.sourceSuppressed;
    if (a.denominator === null && known) return;
    if (known && a.denominator !== b.denominator) return;
    this.margins.push({ total: whole, parts: [part], dimensions: ['denominator'] });
  }

  private addRemainder(
    key: string,
    totalKind: ValueKind,
    counts: Partial<Record<MarginDimension, number>> | null,
    dimensions: readonly MarginDimension[],
  ): void {
    if (this.byKey.has(key)) return;
    const has = (d: MarginDimension) => dimensions.includes(d);
    const kind: ValueKind = has('numerator') && has('denominator') ? totalKind : has('n') ? 'mean' : 'count';
    const cell: SuppressionCell = {
      key,
      numerator: has('numerator') && counts ? (counts.numerator ?? null) : null,
      denominator: has('denominator') && counts ? (counts.denominator ?? null) : null,
      n: has('n') && counts ? (counts.n ?? null) : null,
      valueKind: kind,
      unpublished: true,
      ...(counts === null ? { sourceSuppressed: true } : {}),
    };
    this.cells.push(cell);
    this.byKey.set(key, cell);
  }

  table(): Table {
    return { cells: this.cells, margins: this.margins };
  }
}

/** A stored delivery cell as the suppression rule's cell. */
function deliveryCell(c: Cell, kind: ValueKind, composition: boolean, measures: ReadonlySet<string>): SuppressionCell {
  return {
    key: cellKey(c),
    numerator: c.numerator,
    denominator: kind === 'count' ? null : c.denominator,
    n: c.n,
    value: c.value,
    valueKind: kind,
    sourceSuppressed: c.suppressed,
    cost: costOf(c, measures),
    // In a composition every resident of the area is in the total row: its numerator is its denominator.
    ...(composition && c.group === 'total' ? { numeratorIsDenominator: true } : {}),
  };
}

/** total − Σ parts per count, or null when the parts exceed the whole somewhere. */
function remainderCounts(
  total: SuppressionCell,
  parts: readonly SuppressionCell[],
  dimensions: readonly MarginDimension[],
): Partial<Record<MarginDimension, number>> | null {
  const rest: Partial<Record<MarginDimension, number>> = {};
  for (const d of dimensions) {
    const whole = countOf(total, d) as number;
    const sum = parts.reduce((s, c) => s + (countOf(c, d) ?? 0), 0);
    if (sum - whole > EPSILON) return null;
    rest[d] = whole - sum;
  }
  return rest;
}

/** The dimensions a split of the persons or of the numerator adds up in. */
function splitDimensions(splits: 'population' | 'numerator'): readonly MarginDimension[] {
  return splits === 'population' ? ALL_COUNTS : ['numerator'];
}

/** target + comparison + other (+ whoever the file leaves out) = total, for every breakdown. */
function addGroupRelations(builder: SuppressionTableBuilder, indicator: Indicator, municipality: string, breakdowns: ReadonlySet<string>): void {
  const splits = indicator.measure.kind === 'index' ? 'numerator' : 'population';
  for (const breakdown of breakdowns) {
    const total = cellKey({ municipality, group: 'total', breakdown });
    const parts = GROUPS.map((group) => cellKey({ municipality, group, breakdown }));
    const missing = parts.filter((k) => !builder.has(k));
    builder.addSplit({ total, parts, dimensions: splitDimensions(splits), remainderPossible: missing.length > 0, remainderKey: `${total}(group rest)` });
    if (splits === 'numerator') for (const part of parts) builder.addSameDenominator(total, part);
  }
}

/**
 * Whether persons of the group can be outside every delivered value: a listed value the file
 * leaves out, a declared remainder it leaves out, or an open breakdown (codes from the data)
 * without a declared remainder.
 */
function remainderPossible(breakdown: Breakdown, delivered: ReadonlySet<string>): boolean {
  const remainder = breakdown.remainder?.code;
  if (remainder !== undefined) return !delivered.has(remainder) || breakdown.values.some((v) => !delivered.has(v.code));
  return breakdown.open || breakdown.values.some((v) => !delivered.has(v.code));
}

/** Per group, a breakdown's delivered values (+ its remainder) = the whole group. */
function addBreakdownRelations(builder: SuppressionTableBuilder, breakdown: Breakdown, municipality: string, delivered: readonly Cell[]): void {
  const prefix = `${breakdown.key}=`;
  const byGroup = new Map<string, { parts: string[]; codes: Set<string> }>();
  for (const c of delivered) {
    if (!c.breakdown.startsWith(prefix)) continue;
    const entry = byGroup.get(c.group) ?? { parts: [], codes: new Set<string>() };
    entry.parts.push(cellKey(c));
    entry.codes.add(c.breakdown.slice(prefix.length));
    byGroup.set(c.group, entry);
  }
  for (const [group, { parts, codes }] of byGroup) {
    const total = cellKey({ municipality, group, breakdown: '' });
    builder.addSplit({
      total,
      parts,
      dimensions: splitDimensions(breakdown.splits),
      remainderPossible: remainderPossible(breakdown, codes),
      remainderKey: `${total}(${breakdown.key} rest)`,
    });
    if (breakdown.splits === 'numerator') for (const part of parts) builder.addSameDenominator(total, part);
  }
}

/**
 * A second figure tied to a cell that bounds it: `bound` = `part` + an unpublished remainder — in
 * every count (`all`), in the numerator over the same denominator (`numerator`), or in the
 * persons of a mean (`n`), or in the
 * numerator and in the denominator, each with its own remainder (`apart`: a sub-population's
 * numerator is a part of the whole's, its residents a part of the whole's residents, but the two
 * remainders are not a share of one another).
 */
export interface Tie {
  bound: string;
  /** The second figure's cell, and for a bound by a whole group the breakdown's other values' cells. */
  parts: readonly string[];
  counts: 'all' | 'numerator' | 'n' | 'apart';
}

/** The whole-group cell of the figure `id` of the indicator: the default's cell, or `variant=<id>`. */
function figureKey(indicator: Indicator, id: string, cell: Cell): string {
  const isDefault = indicator.variants.some((v) => v.id === id && v.default);
  return cellKey({ ...cell, breakdown: isDefault ? '' : `${VARIANT_KEY}=${id}` });
}

/**
 * How the men 15–29 (`among: { sex: [M], ageband: [15-17, 18-29] }`) are bound in one group: per
 * breakdown named, by its one value's cell (`sex=M` = men 15–29 + rest), or for several values by
 * the whole group less the breakdown's other values (whole = `ageband=30-49 + 50-64 + 65+` + men
 * 15–29 + rest: the age bands 15–17 and 18–29 less the men 15–29 are the rest). Not by a cell of
 * the values' sum: such a cell would be a count the rule protects, which no reader is shown, and
 * protecting it could cost the default a figure. Where the group has none of the values (the age
 * bands are written for target and comparison only), by the whole group.
 */
function amongTies(builder: SuppressionTableBuilder, among: Readonly<Record<string, readonly string[]>>, indicator: Indicator, second: Cell): Tie[] {
  const key = cellKey(second);
  const whole = cellKey({ ...second, breakdown: '' });
  const ties = Object.entries(among).flatMap(([name, codes]): Tie[] => {
    const cellOf = (code: string) => cellKey({ ...second, breakdown: `${name}=${code}` });
    if (!codes.every((code) => builder.has(cellOf(code)))) return [];
    const [only] = codes;
    if (codes.length === 1 && only !== undefined) return [{ bound: cellOf(only), parts: [key], counts: 'apart' }];
    const others = (indicator.breakdowns.find((b) => b.key === name)?.values ?? []).map((v) => v.code).filter((code) => !codes.includes(code));
    return [{ bound: whole, parts: [...others.map(cellOf).filter((k) => builder.has(k)), key], counts: 'apart' }];
  });
  return ties.length > 0 ? ties : [{ bound: whole, parts: [key], counts: 'apart' }];
}

/** How one cell of a second figure is tied to the cells its relation names. */
function tiesOf(builder: SuppressionTableBuilder, indicator: Indicator, variant: Variant, second: Cell): Tie[] {
  const own = cellKey({ ...second, breakdown: '' });
  const key = cellKey(second);
  switch (variant.relation ?? 'contains_default') {
    case 'contains_default':
      return [{ bound: key, parts: [own], counts: 'all' }];
    // A mean has no numerator: its second figure's persons (n) are a part of the default's.
    case 'within_default':
      return [{ bound: own, parts: [key], counts: indicator.measure.kind === 'mean' ? 'n' : 'numerator' }];
    // Every person the figure `of` counts has at least one measure: measures = persons + the
    // measures beyond each one's first, over the same residents.
    case 'measures_of':
      return [{ bound: key, parts: [figureKey(indicator, variant.of ?? '', second)], counts: 'numerator' }];
    case 'within_default_among':
      return amongTies(builder, variant.among ?? {}, indicator, second);
  }
}

/**
 * Per municipality and group, each second figure is tied to the cells its relation names
 * (`tiesOf`). A second figure whose counts contradict its relation anywhere is withheld
 * everywhere: one cell withheld alone could be recovered through the groups and the country, and
 * its difference from the default is the count the relation exists to protect. A count of measures
 * goes with the persons it is of: withheld when they are, since measures bound the persons from
 * above and a relation the rule cannot trust is one it cannot protect.
 */
function addVariantRelations(builder: SuppressionTableBuilder, indicator: Indicator, cells: readonly Cell[]): void {
  const withheldFigures = new Set<string>();
  for (const variant of secondFigures(indicator)) {
    const breakdown = `${VARIANT_KEY}=${variant.id}`;
    const ties = cells.filter((c) => c.breakdown === breakdown).map((c) => ({ key: cellKey(c), ties: tiesOf(builder, indicator, variant, c) }));
    const dependsOnWithheld = variant.of !== undefined && withheldFigures.has(variant.of);
    if (!dependsOnWithheld && ties.every((t) => t.ties.every((tie) => builder.bears(tie)))) {
      for (const tie of ties.flatMap((t) => t.ties)) relate(builder, tie);
      continue;
    }
    withheldFigures.add(variant.id);
    for (const t of ties) builder.withhold(t.key);
  }
}

function relate(builder: SuppressionTableBuilder, tie: Tie): void {
  const remainderKey = `${tie.bound}(${tie.parts.at(-1)} rest)`;
  const parts = [...tie.parts];
  if (tie.counts === 'all') {
    builder.addSplit({ total: tie.bound, parts, dimensions: ALL_COUNTS, remainderPossible: true, remainderKey });
    return;
  }
  // The pupils with a full set among all pupils: the pupils without are the protected remainder
  // (with 1 of them, the two means would give that pupil's grade away).
  if (tie.counts === 'n') {
    builder.addSplit({ total: tie.bound, parts, dimensions: ['n'], remainderPossible: true, remainderKey });
    return;
  }
  builder.addSplit({ total: tie.bound, parts, dimensions: ['numerator'], remainderPossible: true, remainderKey });
  if (tie.counts === 'numerator') {
    for (const part of parts) builder.addSameDenominator(tie.bound, part);
    return;
  }
  builder.addSplit({ total: tie.bound, parts, dimensions: ['denominator'], remainderPossible: true, remainderKey: `${remainderKey}(denominator)` });
}

/**
 * Per group: a value that is the union of another breakdown's values equals their sum; a value
 * that contains another breakdown's values is their sum plus an unpublished remainder (the
 * immigrants who are not refugees, or have no arrival date).
 */
function addNestingRelations(builder: SuppressionTableBuilder, indicator: Indicator, municipality: string, groups: ReadonlySet<string>): void {
  for (const breakdown of indicator.breakdowns) {
    for (const value of breakdown.values) {
      const whole = (group: string) => cellKey({ municipality, group, breakdown: `${breakdown.key}=${value.code}` });
      const partsOf = (group: string, key: string, codes: readonly string[]) =>
        codes.map((code) => cellKey({ municipality, group, breakdown: `${key}=${code}` }));
      for (const [key, codes] of Object.entries(value.union_of ?? {})) {
        for (const group of groups) {
          const parts = partsOf(group, key, codes);
          if (!parts.every((k) => builder.has(k))) continue;
          builder.addSplit({ total: whole(group), parts, dimensions: ALL_COUNTS, remainderPossible: false, remainderKey: `${whole(group)}(rest)` });
        }
      }
      // Parts the file leaves out are in the remainder with the rest, so no part is required.
      for (const [key, codes] of Object.entries(value.contains ?? {})) {
        for (const group of groups) {
          builder.addSplit({
            total: whole(group),
            parts: partsOf(group, key, codes),
            dimensions: ALL_COUNTS,
            remainderPossible: true,
            remainderKey: `${whole(group)}(${key} rest)`,
          });
        }
      }
    }
  }
}

/** The cells per municipality, in order of first appearance. */
function byMunicipality(cells: readonly Cell[]): Map<string, Cell[]> {
  const out = new Map<string, Cell[]>();
  for (const c of cells) {
    const list = out.get(c.municipality);
    if (list) list.push(c);
    else out.set(c.municipality, [c]);
  }
  return out;
}

/**
 * The suppression table of one delivery's cells. The relations above hold within each
 * municipality; across them, the whole country (`000`) is the sum of the municipalities
 * (`municipality-margins.ts`), with the persons of municipalities the file leaves out as its
 * remainder.
 */
export function deliveryTable(indicator: Indicator, cells: readonly Cell[]): Table {
  const kind = valueKindOf(indicator);
  // The breakdowns of the second figures that count measures (`variant=measures_0_22`).
  const measures = new Set(secondFigures(indicator).flatMap((v) => (v.relation === 'measures_of' ? [`${VARIANT_KEY}=${v.id}`] : [])));
  const builder = new SuppressionTableBuilder(cells.map((c) => deliveryCell(c, kind, indicator.measure.kind === 'index', measures)));
  for (const [municipality, own] of byMunicipality(cells)) {
    addGroupRelations(builder, indicator, municipality, new Set(own.map((c) => c.breakdown)));
    // The `variant` breakdown is no partition of the group: its values relate to the default instead.
    for (const breakdown of indicator.breakdowns) if (breakdown.key !== VARIANT_KEY) addBreakdownRelations(builder, breakdown, municipality, own);
    addNestingRelations(builder, indicator, municipality, new Set(own.map((c) => c.group)));
  }
  addVariantRelations(builder, indicator, cells);
  for (const m of municipalityMargins(cells))
    builder.addSplit({ ...m, dimensions: ALL_COUNTS, remainderPossible: true, remainderKey: `${m.total}(municipality rest)` });
  return builder.table();
}
