/**
 * Suppression of a national run: every municipality's cells and the whole country's (`000`). Each
 * municipality (and the country) is suppressed by the product's one rule over its own margins —
 * groups add up to the total, age bands and areas to the whole group — exactly as a single
 * municipality's delivery is. The country adds one margin per cell: the country's figure is the
 * sum of the municipalities', so a count suppressed in one municipality could be recovered as the
 * country's figure minus the others'. The rule audits each such margin too (cells already
 * suppressed enter as suppressed), and whatever it suppresses there is carried back into the
 * municipality's own table, and so on until nothing changes.
 *
 * Why not one joint table of every municipality's cells from the start: the rule's linear audit
 * over ~2,000 linked cells and hundreds of suppressed ones did not finish in ten minutes for a
 * 20,000-person extract. Suppressing the two kinds of margin apart first leaves the audit of the
 * joint table (`chainComplements` for a few municipalities, `chainCuts` for any number) only the
 * rare disclosure that needs both at once.
 */
import type { Indicator } from '../../catalogue/index.ts';
import { auditSuppressionWithin, primaryReason, withheld } from '../../stats/index.ts';
import type { Cell } from '../../cells/index.ts';
import { WHOLE_COUNTRY } from '../../counting/index.ts';
import { auditedSuppressedKeys, cellKey, deliveryTable } from '../compute/index.ts';
import { ChainMemory, chainCuts } from './national-chains.ts';

type OwnRule = (cells: readonly Cell[]) => Cell[];

function byMunicipality(cells: readonly Cell[]): Map<string, Cell[]> {
  const result = new Map<string, Cell[]>();
  for (const cell of cells) {
    const list = result.get(cell.municipality);
    if (list === undefined) result.set(cell.municipality, [cell]);
    else list.push(cell);
  }
  return result;
}

/** The cells as they stand: those suppressed so far enter the rule as suppressed. */
function marked(cells: readonly Cell[], hidden: ReadonlySet<string>): Cell[] {
  return cells.map((c) => (hidden.has(cellKey(c)) ? { ...c, suppressed: true } : c));
}

/** Runs the one-delivery rule on the own margins of each municipality in `codes`. */
function auditOwn(parts: ReadonlyMap<string, Cell[]>, codes: Iterable<string>, hidden: Set<string>, own: OwnRule): void {
  for (const code of codes) {
    for (const cell of own(marked(parts.get(code) ?? [], hidden))) if (cell.suppressed) hidden.add(cellKey(cell));
  }
}

/**
 * The suppressed members of each country margin when it was last audited. The rule is a function
 * of the table, so a margin whose members are suppressed as they were gives the same answer, which
 * `hidden` already holds: it is not audited again in the next round.
 */
type Audited = Map<string, string>;

/** The keys of `members` that are suppressed so far, as one string. */
function hiddenSignature(members: readonly Cell[], hidden: ReadonlySet<string>): string {
  return members.flatMap((c) => (hidden.has(cellKey(c)) ? [cellKey(c)] : [])).join('\u0000');
}

/**
 * Audits every country margin (the country's cell = Σ the municipalities' cells with the same
 * group and breakdown); returns the municipalities that gained a suppressed cell.
 */
function auditCountry(indicator: Indicator, parts: ReadonlyMap<string, Cell[]>, hidden: Set<string>, threshold: number, audited: Audited): Set<string> {
  const changed = new Set<string>();
  const byKey = new Map<string, Cell[]>();
  for (const cells of parts.values()) {
    for (const cell of cells) {
      // The same group and breakdown in every municipality and the country.
      const place = `${cell.group}|${cell.breakdown}`;
      const list = byKey.get(place);
      if (list === undefined) byKey.set(place, [cell]);
      else list.push(cell);
    }
  }
  for (const [place, members] of byKey) {
    if (!members.some((c) => c.municipality === WHOLE_COUNTRY)) continue;
    const signature = hiddenSignature(members, hidden);
    if (audited.get(place) === signature) continue;
    // The delivery table of one group × breakdown across municipalities holds just the country
    // margin (000 = Σ municipalities, with its remainder), built by the one table builder.
    const current = marked(members, hidden);
    // Nothing suppressed and nothing small: the rule would withhold nothing here (most margins of a
    // large country), so its audits — linear programmes — are not run for them.
    if (deliveryTable(indicator, current).cells.every((c) => primaryReason(c, threshold) === null)) continue;
    for (const key of auditedSuppressedKeys(indicator, current, threshold)) {
      const cell = current.find((c) => cellKey(c) === key);
      if (cell === undefined || hidden.has(key)) continue;
      hidden.add(key);
      changed.add(cell.municipality);
    }
    // Keyed by the state it was audited in: one that gained cells here is audited once more.
    audited.set(place, signature);
  }
  return changed;
}

/**
 * National tables of at most this many municipalities (a region's or a few neighbours' shared
 * run) get the one rule's whole audit of the joint table — exact recoveries as well as intervals —
 * within this much linear programming (Σ variables + constraints, as the rule's own budget).
 * Larger runs, or a joint table past the budget, are audited for intervals by `chainCuts`, which
 * scales to 98 municipalities (national-chains.ts).
 */
const JOINT_AUDIT_MUNICIPALITIES = 6;
const JOINT_AUDIT_LIMIT = 50_000;

/**
 * The two kinds of margin are suppressed apart above, so a disclosure that needs both at once is
 * not seen there: e.g. the country's `other` published, one municipality's `other` bounded by its
 * own published total, so another municipality's small `other` is bounded from below through the
 * country margin. One audit of the joint table (every municipality's margins and every country
 * margin together) looks for it. The cells to withhold next: the country's cells at the places of
 * what the audit found (the country margin the chain runs through; the country's cells cost least),
 * or, where those are withheld already, what the one rule withholds over the joint table. Empty when
 * the joint table is clean; 'too_large' when it is past the budget.
 */
function chainComplements(indicator: Indicator, cells: readonly Cell[], hidden: ReadonlySet<string>, threshold: number): string[] | 'too_large' {
  const current = marked(cells, hidden);
  const findings = auditSuppressionWithin(deliveryTable(indicator, current), hidden, threshold, JOINT_AUDIT_LIMIT);
  if (findings === 'too_large') return findings;
  if (findings.length === 0) return [];
  const place = (c: Cell) => `${c.group}|${c.breakdown}`;
  const byKey = new Map(current.map((c) => [cellKey(c), c]));
  const places = new Set(
    findings
      .flatMap((f) => f.cells)
      .flatMap((key) => {
        const c = byKey.get(key);
        return c === undefined ? [] : [place(c)];
      }),
  );
  const country = current.filter((c) => c.municipality === WHOLE_COUNTRY && places.has(place(c)) && !hidden.has(cellKey(c)));
  if (country.length > 0) return country.map(cellKey);
  return [...auditedSuppressedKeys(indicator, current, threshold)].filter((key) => !hidden.has(key));
}

/**
 * Blanks every cell the suppression rule withholds, in every municipality of `cells` and the
 * country. One municipality's cells (or the own municipality's, '') are suppressed as they always
 * were: `own` is the one-delivery rule.
 */
export function suppressMunicipalities(indicator: Indicator, cells: readonly Cell[], threshold: number, own: OwnRule): Cell[] {
  const parts = byMunicipality(cells);
  if (parts.size <= 1) return own(cells);
  const hidden = new Set<string>();
  const audited: Audited = new Map();
  const chains = new ChainMemory();
  let pending: Iterable<string> = parts.keys();
  // Each round only adds suppressed cells, so this ends after at most as many rounds as cells.
  for (let round = 0; round <= cells.length; round++) {
    auditOwn(parts, pending, hidden, own);
    const changed = auditCountry(indicator, parts, hidden, threshold, audited);
    if (changed.size > 0) {
      pending = changed;
      continue;
    }
    const joint = parts.size <= JOINT_AUDIT_MUNICIPALITIES + 1 ? chainComplements(indicator, cells, hidden, threshold) : 'too_large';
    const chain = joint === 'too_large' ? chainCuts({ indicator, parts, hidden, threshold }, chains) : joint;
    // Fail closed: a bounded count with no published cell linked to it.
    if (chain === null) break;
    if (chain.length === 0) return cells.map((c) => (hidden.has(cellKey(c)) ? withheld(c) : c));
    for (const key of chain) hidden.add(key);
    const cut = new Set(chain);
    pending = new Set(cells.filter((c) => cut.has(cellKey(c))).map((c) => c.municipality));
  }
  // Fail closed: the joint table could not be shown safe.
  return cells.map(withheld);
}
