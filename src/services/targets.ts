/**
 * Targets the council sets, and progress towards them. Setting and removing are the verbs behind
 * `indikator target` and the coordinator's form; `targetProgress` turns an indicator's published
 * series and its target into a progress status (the judgement itself is `stats/assessProgress`).
 *
 * Values are entered in the unit the reader sees — percent for shares (60 = 60 %, a gap of −5 =
 * −5 percentage points), per 1,000 for rates, grade points, counts — and stored in the figure's own
 * unit (a share as the fraction 0.6), so that they compare directly with the results.
 */
import { type Catalogue, comparePeriodTexts, formatPeriod, type Indicator, parsePeriod, periodErrorMessage } from '../catalogue/index.ts';
import { periodYear } from '../narrative/target-chart.ts';
import { assessProgress, type ProgressPoint } from '../stats/index.ts';
import type { Store } from '../store/index.ts';
import { type NewTarget, TARGET_MEASURES, type Target, type TargetMeasure, type TargetVersion } from '../cells/index.ts';
import type { ResultRow, TargetProgress } from '../cells/index.ts';

export type { TargetProgress };
import type { Actor } from '../auth/department-access.ts';
import { loadResults } from './results.ts';
import { refuse } from './workflow-error.ts';

/** What a person types: every field as text (the command line, a form). */
export interface TargetRequest {
  indicator: string;
  value: string;
  year: string;
  baseline?: string | undefined;
  measure?: string | undefined;
  group?: string | undefined;
  decision?: string | undefined;
}

export interface TargetDeps {
  store: Store;
  catalogue: Catalogue;
}

/** z for a 95 % interval: an interval's half-width over z is the standard error behind it. */
const Z95 = 1.959963984540054;

function indicatorOf(catalogue: Catalogue, id: string): Indicator {
  const indicator = catalogue.get(id.trim());
  if (indicator === undefined) throw refuse('not_found', `ukendt indikator: ${id}`, `unknown indicator: ${id}`);
  return indicator;
}

/** A value typed in the display unit → the stored unit (percent → fraction). */
export function storedValue(indicator: Indicator, shown: number): number {
  return indicator.display.unit === 'percent' ? shown / 100 : shown;
}

/** A stored value → the display unit (for a form's default). */
export function shownValue(indicator: Indicator, stored: number): number {
  return indicator.display.unit === 'percent' ? Math.round(stored * 100 * 1e9) / 1e9 : stored;
}

function parseNumber(text: string, field: string): number {
  const cleaned = text.trim().replace(/\s|%/g, '').replace(',', '.').replace(/^[−–]/, '-');
  const value = cleaned === '' ? Number.NaN : Number(cleaned);
  if (!Number.isFinite(value)) throw refuse('invalid', `${field}: »${text}« er ikke et tal`, `${field}: "${text}" is not a number`);
  return value;
}

function parseMeasure(indicator: Indicator, text: string | undefined): TargetMeasure {
  const measure = (text ?? 'level').trim() || 'level';
  if (!(TARGET_MEASURES as readonly string[]).includes(measure)) {
    throw refuse('invalid', `--measure: brug level eller gap, ikke »${measure}«`, `--measure: use level or gap, not "${measure}"`);
  }
  if (measure === 'gap' && indicator.comparison !== 'comparison_group') {
    throw refuse(
      'invalid',
      `${indicator.id} har ingen forskel til en sammenligningsgruppe, så et mål kan kun sættes for niveauet (--measure level)`,
      `${indicator.id} has no gap to a comparison group, so a target can only be set for the level (--measure level)`,
    );
  }
  return measure as TargetMeasure;
}

/** Checks a request against the catalogue and converts it to what the store keeps. */
export function parseTargetRequest(catalogue: Catalogue, request: TargetRequest): NewTarget {
  const indicator = indicatorOf(catalogue, request.indicator);
  const measure = parseMeasure(indicator, request.measure);
  const group = (request.group ?? 'target').trim() || 'target';
  if (group !== 'target') throw refuse('invalid', `--group: kun target (målgruppen), ikke »${group}«`, `--group: only target, not "${group}"`);
  const value = storedValue(indicator, parseNumber(request.value, '--value'));
  if (measure === 'level' && indicator.display.unit === 'percent' && (value < 0 || value > 1)) {
    throw refuse('invalid', '--value: en andel skal ligge mellem 0 og 100 %', '--value: a share must lie between 0 and 100 %');
  }
  const year = parseNumber(request.year, '--year');
  if (!Number.isInteger(year) || year < 1900 || year > 2199)
    throw refuse('invalid', `--year: »${request.year}« er ikke et år (ÅÅÅÅ)`, `--year: "${request.year}" is not a year (YYYY)`);
  let baseline: string | null = null;
  const baselineText = request.baseline?.trim() ?? '';
  if (baselineText !== '') {
    const parsed = parsePeriod(baselineText, indicator.period_type);
    if (!parsed.ok) {
      throw refuse('invalid', `--baseline: ${periodErrorMessage(parsed.error, 'da')}`, `--baseline: ${periodErrorMessage(parsed.error, 'en')}`);
    }
    baseline = formatPeriod(parsed.period);
    if (periodYear(baseline) >= year) {
      throw refuse('invalid', `--year ${year} skal ligge efter basisperioden ${baseline}`, `--year ${year} must lie after the baseline period ${baseline}`);
    }
  }
  const decision = (request.decision ?? '').trim();
  if (decision.length > 500) throw refuse('invalid', '--decision: højst 500 tegn', '--decision: at most 500 characters');
  return { indicator: indicator.id, measure, group: 'target', value, year, baseline, decision };
}

/** Sets (or changes) an indicator's target; returns the new version, or null when nothing changed. */
export async function setTarget(deps: TargetDeps, request: TargetRequest, actor: string): Promise<TargetVersion | null> {
  const target = parseTargetRequest(deps.catalogue, request);
  return deps.store.writeTarget(target.indicator, target, actor);
}

/** Removes an indicator's target (a new version that says so); throws when it has none. */
export async function removeTarget(deps: TargetDeps, indicatorId: string, actor: string): Promise<TargetVersion> {
  const indicator = indicatorOf(deps.catalogue, indicatorId);
  const removed = await deps.store.writeTarget(indicator.id, null, actor);
  if (removed === null) throw refuse('not_found', `${indicator.id} har intet mål`, `${indicator.id} has no target`);
  return removed;
}

function pointOf(indicator: Indicator, row: ResultRow, measure: TargetMeasure): ProgressPoint | null {
  const value = measure === 'gap' ? row.gap : row.value;
  if (value === null) return null;
  const [low, high] = measure === 'gap' ? [row.gapCiLow, row.gapCiHigh] : [row.ciLow, row.ciHigh];
  // Counts have no interval: a count of events is taken as Poisson, se = √count.
  const standardError = low !== null && high !== null ? (high - low) / (2 * Z95) : indicator.measure.kind === 'count' ? Math.sqrt(Math.max(value, 1)) : null;
  return { time: periodYear(row.period), value, standardError, series: `${row.definition}|${row.thirdGeneration}` };
}

/**
 * The progress status of `indicator` towards `target`, from its (suppressed) result rows: the
 * target group's whole-group rows from the baseline on; suppressed periods are left out.
 */
export function targetProgress(
  indicator: Indicator,
  rows: readonly ResultRow[],
  target: Pick<Target, 'measure' | 'value' | 'year' | 'baseline'>,
): TargetProgress {
  const series = rows
    .filter((r) => r.group === 'target' && r.breakdown === '' && !r.suppressed)
    .filter((r) => target.baseline === null || comparePeriodTexts(r.period, target.baseline) >= 0)
    .sort((a, b) => comparePeriodTexts(a.period, b.period))
    .flatMap((r) => {
      const point = pointOf(indicator, r, target.measure);
      return point === null ? [] : [{ row: r, point }];
    });
  const wanted = indicator.wanted === 'decrease' ? -1 : 1;
  const result = assessProgress({ points: series.map((s) => s.point), target: { value: target.value, time: target.year }, fallbackDirection: wanted });
  const first = series[0];
  const last = series.at(-1);
  return {
    status: result.status,
    reason: result.reason,
    baselinePeriod: target.baseline ?? first?.row.period ?? null,
    baselineValue: first !== undefined && (target.baseline === null || first.row.period === target.baseline) ? first.point.value : null,
    latestPeriod: last?.row.period ?? null,
    latestValue: last?.point.value ?? null,
    remaining: result.remaining,
    trend: result.trend,
    requiredSlope: result.requiredSlope,
    periodsUsed: result.used,
  };
}

/** A target with its progress, as the page, the API and the report show it. */
export interface TargetView {
  target: Target;
  progress: TargetProgress;
}

/** Every target in force with its progress over `rows` (all indicators' result rows). */
export function targetViews(catalogue: Catalogue, targets: readonly Target[], rows: readonly ResultRow[]): TargetView[] {
  return targets.flatMap((target) => {
    const indicator = catalogue.get(target.indicator);
    if (indicator === undefined) return [];
    return [
      {
        target,
        progress: targetProgress(
          indicator,
          rows.filter((r) => r.indicator === indicator.id),
          target,
        ),
      },
    ];
  });
}

/** The targets in force with their progress over the suppressed results (`indikator target list`). */
export async function currentTargetViews(deps: TargetDeps, threshold: number): Promise<TargetView[]> {
  const { rows } = await loadResults(deps.store, deps.catalogue, { threshold });
  return targetViews(deps.catalogue, await deps.store.currentTargets(), rows);
}

/** Only the coordinator (Politisk Sekretariat) sets the council's targets in the web application. */
function requireCoordinator(actor: Actor): void {
  if (actor.role !== 'coordinator') throw refuse('forbidden', 'kun koordinatoren kan sætte mål', 'only the coordinator can set targets');
}

/** `setTarget` for a signed-in user: the coordinator only. */
export function setTargetAs(deps: TargetDeps, request: TargetRequest, actor: Actor): Promise<TargetVersion | null> {
  requireCoordinator(actor);
  return setTarget(deps, request, actor.username);
}

/** `removeTarget` for a signed-in user: the coordinator only. */
export function removeTargetAs(deps: TargetDeps, indicatorId: string, actor: Actor): Promise<TargetVersion> {
  requireCoordinator(actor);
  return removeTarget(deps, indicatorId, actor.username);
}
