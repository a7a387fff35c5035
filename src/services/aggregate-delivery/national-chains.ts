/**
 * Chains through both kinds of margin of a national run. Each municipality's own relations and
 * each country margin (the country's cell = Σ the municipalities' at one place) are suppressed
 * apart first (`suppress-municipalities.ts`); a disclosure that needs both at once — the country's
 * `other` published, town A's hidden `other` bounded by A's own published total, so town B's hidden
 * `other` of 2 is bounded to [1, 6] — is only seen in the joint table of every municipality and
 * the country. This audits that table as the one rule audits any table (every protected count's
 * range must reach 0 and t), for any number of municipalities: the joint table is too large for
 * the dense search of `feasible-point.ts`, so `interval-audit.ts` proves it with a few HiGHS tables
 * that take many counts to 0, or to t, at once, and solves only what they leave. A count proven
 * stays proven in later rounds: withholding more only turns published counts into unknowns.
 *
 * A count the joint table bounds too narrowly is answered, cheapest first:
 * - the country's own count (one or two municipalities hold its persons, and every other
 *   municipality's published zero pins it): the country's published breakdown cells of the group
 *   that its own relations tie to it (for a region × MENAPT count, the country's region and MENAPT
 *   cells);
 * - a municipality's count that cannot reach 0: its own published cell beside it in the same
 *   breakdown, a zero will do (a place for its persons to go), else the country's cell at its
 *   place; one that cannot reach t: the country's cell at its place (the margin the chain runs
 *   through), else the municipality's smallest cell with persons beside it;
 * - else the one rule's choice over the joint table (often a partner: another municipality's cell
 *   at the same place);
 * - from round RULE_ROUNDS + 1 (WHOLE_GROUP_ROUNDS + 1 for a whole group's count): the country's
 *   cells wherever the municipality withholds a cell of that breakdown; from round LAST_ROUNDS + 1
 *   of that group, then anywhere. Once the country withholds every place the municipality does,
 *   its own moves need no partner, so the count is proven as in its own table: the answers end.
 * The country's counts are answered first, alone (a municipality's count is often bounded only
 * because it is tied to one of them), and one count per group and breakdown a round.
 */
import type { Indicator } from '../../catalogue/index.ts';
import type { Cell } from '../../cells/index.ts';
import { WHOLE_COUNTRY } from '../../counting/index.ts';
import { complementFor, countId, type IntervalFinding, type Table, unprovenIntervals } from '../../stats/index.ts';
import { breakdownKey, cellKey, cellKeyParts, deliveryTable } from '../compute/index.ts';

/** How many rounds a finding in a breakdown is answered beside it before the country's cells at its municipality's places go. */
const RULE_ROUNDS = 2;
/** The same for a finding on a whole group. */
const WHOLE_GROUP_ROUNDS = 4;
/** After this many rounds a finding costs the country's cells wherever its municipality withholds one. */
const LAST_ROUNDS = 8;

/** A national run as it stands: each municipality's cells and the country's (`000`), and what is withheld so far. */
export interface NationalRun {
  indicator: Indicator;
  parts: ReadonlyMap<string, readonly Cell[]>;
  hidden: ReadonlySet<string>;
  threshold: number;
}

/** What the audit keeps from one round to the next (of one run). */
export class ChainMemory {
  /** Counts proven (ids from `countId`). */
  readonly proven = new Set<string>();
  /** How many rounds each count has been found and answered. */
  readonly rounds = new Map<string, number>();
  /**
   * The joint table of the run's cells as counted: its relations and counts are the same in every
   * round (only which cells are withheld changes), so it is built once (a second a round for a
   * national run's 8,000 cells).
   */
  table: Table | undefined;
}

/** The joint table with the withheld cells' counts unknown, as `deliveryTable` makes it of cells marked suppressed. */
function withWithheld(table: Table, hidden: ReadonlySet<string>): Table {
  return { cells: table.cells.map((c) => (hidden.has(c.key) && c.sourceSuppressed !== true ? { ...c, sourceSuppressed: true } : c)), margins: table.margins };
}

/**
 * The country's published breakdown cells of the same group that the country's own relations tie
 * to `start` through withheld cells. Withheld, they let the country's count move with the
 * municipalities' withheld counts instead of being pinned by every other municipality's zero.
 */
export function countryNeighbours(table: Table, withheld: ReadonlySet<string>, start: string): string[] {
  const group = cellKeyParts(start).group;
  const unpublished = new Set(table.cells.filter((c) => c.unpublished).map((c) => c.key));
  const inCountry = (key: string) => cellKeyParts(key).municipality === WHOLE_COUNTRY;
  const marginsOf = new Map<string, string[][]>();
  for (const m of table.margins) {
    const members = [m.total, ...m.parts];
    // The country's own relations only, not the margins across municipalities.
    if (!members.every(inCountry)) continue;
    for (const k of members) marginsOf.set(k, [...(marginsOf.get(k) ?? []), members]);
  }
  const seen = new Set([start]);
  const queue = [start];
  const found = new Set<string>();
  for (let key = queue.pop(); key !== undefined; key = queue.pop()) {
    for (const members of marginsOf.get(key) ?? []) {
      for (const k of members) {
        if (seen.has(k) || cellKeyParts(k).group !== group) continue;
        seen.add(k);
        if (withheld.has(k) || unpublished.has(k)) queue.push(k);
        else if (cellKeyParts(k).breakdown !== '') found.add(k);
      }
    }
  }
  return [...found];
}

/**
 * The municipality's smallest published cell in the same breakdown of the group as the finding's:
 * a place for its persons to go (a count that cannot reach 0 needs one, and a zero will do), or,
 * for a count that cannot reach t, a cell with persons to come from.
 */
function sibling(run: NationalRun, withheld: ReadonlySet<string>, finding: IntervalFinding): string[] {
  const { municipality, group, breakdown } = cellKeyParts(finding.cell);
  const size = (c: Cell) => c.denominator ?? c.n ?? c.numerator ?? 0;
  const from = finding.lower > 0 ? 0 : 1;
  const candidates = (run.parts.get(municipality) ?? []).filter(
    (c) =>
      c.group === group && c.breakdown !== breakdown && breakdownKey(c.breakdown) === breakdownKey(breakdown) && size(c) >= from && !withheld.has(cellKey(c)),
  );
  const smallest = candidates.sort((a, b) => size(a) - size(b))[0];
  return smallest === undefined ? [] : [cellKey(smallest)];
}

/** The cells to withhold against one finding (see the module's comment), or null when nothing published is linked to it. */
function answer(run: NationalRun, table: Table, withheld: ReadonlySet<string>, finding: IntervalFinding, rounds: number): (string | null)[] {
  const { municipality, group, breakdown } = cellKeyParts(finding.cell);
  if (municipality === WHOLE_COUNTRY) {
    const neighbours = countryNeighbours(table, withheld, finding.cell);
    return neighbours.length > 0 ? neighbours : [complementFor(table, withheld, run.threshold, finding)];
  }
  const countryAt = (places: Iterable<{ group: string; breakdown: string }>) => {
    const keys = [...places].map((p) => cellKey({ municipality: WHOLE_COUNTRY, group: p.group, breakdown: p.breakdown }));
    // Published cells only: an unpublished remainder is unknown to a reader already.
    return [...new Set(keys)].filter((key) => table.cells.some((c) => c.key === key && c.unpublished !== true) && !withheld.has(key));
  };
  const own = (run.parts.get(municipality) ?? []).filter((c) => withheld.has(cellKey(c)));
  const place = countryAt([{ group, breakdown }]);
  const other = breakdown === '' ? [] : sibling(run, withheld, finding);
  // A count that cannot reach 0 needs a place for its persons: the municipality's own published
  // zero beside it costs the reader less than the country's figure.
  const first = finding.lower > 0 ? [other, place] : [place, other];
  // Then, after some rounds, the country's cells wherever the municipality withholds a cell of that
  // breakdown; and only after many, of that group, then anywhere. Once the country withholds every
  // place the municipality does, its own moves need no partner, so the count is proven as in its
  // own table: the answers end.
  const sameKind = countryAt(own.filter((c) => breakdownKey(c.breakdown) === breakdownKey(breakdown)));
  const wider = [countryAt(own.filter((c) => c.group === group)), countryAt(own)];
  // A whole group's count gets the one rule's choice for a few more rounds first (a partner's
  // cell, most often): the country's whole-group figures are what the comparison reads.
  const patience = breakdown === '' ? WHOLE_GROUP_ROUNDS : RULE_ROUNDS;
  const steps = [...first, ...(rounds > patience ? [sameKind] : []), ...(rounds > LAST_ROUNDS ? wider : [])];
  return steps.find((cuts) => cuts.length > 0) ?? [complementFor(table, withheld, run.threshold, finding)];
}

/**
 * Whether a component of linked withheld cells reaches beyond one municipality's own table: it
 * holds the country's cells or more than one municipality's, or a cell at a place where the
 * country publishes (a country margin with no other unknown). A component that does not is the
 * same in the joint table as in its municipality's own, which the one rule has proven already.
 */
function crossesMunicipalities(run: NationalRun): (component: readonly string[]) => boolean {
  const countryPublished = new Set((run.parts.get(WHOLE_COUNTRY) ?? []).filter((c) => !run.hidden.has(cellKey(c))).map((c) => `${c.group}|${c.breakdown}`));
  return (component) => {
    const municipalities = new Set(component.map((key) => cellKeyParts(key).municipality));
    if (municipalities.size > 1 || municipalities.has(WHOLE_COUNTRY)) return true;
    return component.some((key) => {
      const { group, breakdown } = cellKeyParts(key);
      return countryPublished.has(`${group}|${breakdown}`);
    });
  };
}

/**
 * The cells to withhold next so that no chain through both kinds of margin bounds a count too
 * narrowly: empty when every count is proven; null when a count is bounded and no published cell
 * is linked to it (the caller then fails closed).
 */
export function chainCuts(run: NationalRun, memory: ChainMemory): string[] | null {
  const cells = [...run.parts.values()].flat();
  const hidden = new Set(cells.map(cellKey).filter((key) => run.hidden.has(key)));
  memory.table ??= deliveryTable(run.indicator, cells);
  const table = withWithheld(memory.table, hidden);
  const unproven = unprovenIntervals(table, hidden, run.threshold, memory.proven, crossesMunicipalities(run));
  if (unproven.length === 0) return [];
  const countryFirst = unproven.filter((f) => cellKeyParts(f.cell).municipality === WHOLE_COUNTRY);
  const cuts = new Set<string>();
  // One answer per group and breakdown a round: counts at the same places are often bounded by the
  // same chain, and the next round's audit shows whether one answer closed it for all.
  const answered = new Set<string>();
  for (const finding of countryFirst.length > 0 ? countryFirst : unproven) {
    const { group, breakdown } = cellKeyParts(finding.cell);
    const kind = `${group}|${breakdownKey(breakdown)}`;
    if (answered.has(kind)) continue;
    answered.add(kind);
    const id = countId(finding.cell, finding.dimension);
    const rounds = (memory.rounds.get(id) ?? 0) + 1;
    memory.rounds.set(id, rounds);
    const next = answer(run, table, new Set([...hidden, ...cuts]), finding, rounds);
    if (next.includes(null)) return null;
    for (const key of next) if (key !== null) cuts.add(key);
  }
  return [...cuts];
}
