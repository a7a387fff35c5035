/**
 * Turns one stored delivery into the suppression rule's table: a cell per group × breakdown and
 * the additive relations (margins) between them, so that secondary suppression can see which
 * published figures add up to which. The suppression rule itself lives in `stats/suppression`.
 */
import type { Indicator } from '../../catalogue/index.ts';
import type { Cell as SuppressionCell, Margin, Table, ValueKind } from '../../stats/index.ts';
import type { Cell } from '../../store/index.ts';

/** Breakdown keys whose values split a group into disjoint parts (their cells add up to the whole). */
const PARTITION_KEYS = new Set(['age', 'ageband', 'area']);
const GROUP_PARTS = ['target', 'comparison', 'other'] as const;

/** The key that identifies a cell within one delivery. */
export function cellKey(cell: { group: string; breakdown: string }): string {
  return `${cell.group}|${cell.breakdown}`;
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

/** The suppression table of one delivery's cells. */
export function deliveryTable(indicator: Indicator, cells: readonly Cell[]): Table {
  const kind = valueKindOf(indicator);
  const byKey = new Map(cells.map((c) => [cellKey(c), c]));
  const tableCells: SuppressionCell[] = cells.map((c) => ({
    key: cellKey(c),
    numerator: c.numerator,
    denominator: kind === 'count' ? null : c.denominator,
    n: c.n,
    value: c.value,
    valueKind: kind,
    sourceSuppressed: c.suppressed,
  }));
  return { cells: tableCells, margins: [...groupMargins(byKey), ...breakdownMargins(cells, byKey)] };
}

/** target + comparison + other = total, for every breakdown that has all four. */
function groupMargins(byKey: ReadonlyMap<string, Cell>): Margin[] {
  const breakdowns = new Set([...byKey.values()].map((c) => c.breakdown));
  const margins: Margin[] = [];
  for (const breakdown of breakdowns) {
    const total = cellKey({ group: 'total', breakdown });
    const parts = GROUP_PARTS.map((group) => cellKey({ group, breakdown }));
    if (byKey.has(total) && parts.every((p) => byKey.has(p))) margins.push({ total, parts });
  }
  return margins;
}

/** The values of a partitioning breakdown add up to the group's whole, per group. */
function breakdownMargins(cells: readonly Cell[], byKey: ReadonlyMap<string, Cell>): Margin[] {
  const partsByGroupAndKey = new Map<string, { group: string; parts: string[] }>();
  for (const c of cells) {
    const key = breakdownKey(c.breakdown);
    if (key === '' || !PARTITION_KEYS.has(key)) continue;
    const id = `${c.group}|${key}`;
    const entry = partsByGroupAndKey.get(id) ?? { group: c.group, parts: [] };
    entry.parts.push(cellKey(c));
    partsByGroupAndKey.set(id, entry);
  }
  const margins: Margin[] = [];
  for (const { group, parts } of partsByGroupAndKey.values()) {
    const total = cellKey({ group, breakdown: '' });
    if (byKey.has(total) && addsUp(byKey, total, parts)) margins.push({ total, parts });
  }
  return margins;
}

/**
 * A declared partition is used as a margin only when its published counts add up (or cannot be
 * checked because some arrived suppressed): a department file that does not add up must not
 * make the suppression rule reason about relations that are false.
 */
function addsUp(byKey: ReadonlyMap<string, Cell>, total: string, parts: readonly string[]): boolean {
  const whole = byKey.get(total);
  const cells = parts.map((p) => byKey.get(p));
  if (!whole || whole.suppressed || cells.some((c) => !c || c.suppressed)) return true;
  for (const field of ['numerator', 'denominator'] as const) {
    const wholeValue = whole[field];
    if (wholeValue === null) continue;
    const sum = cells.reduce((s, c) => s + (c?.[field] ?? 0), 0);
    if (sum !== wholeValue) return false;
  }
  return true;
}
