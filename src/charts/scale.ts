/**
 * Linear scales and "nice" axis ticks (steps of 1, 2 or 5 times a power of ten), so that axes read
 * 0 %, 10 %, 20 % rather than 0 %, 13 %, 26 %.
 */

/** Maps a domain linearly onto a range; `invert` is not needed by any chart. */
export type Scale = (value: number) => number;

/**
 * A linear scale from `[d0, d1]` to `[r0, r1]`. A degenerate domain maps everything to the middle.
 */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  const span = d1 - d0;
  if (span === 0) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** A tick step of 1, 2, 2.5 or 5 × 10^k that gives about `count` ticks over `span`. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** An axis: its domain (widened to whole ticks) and the ticks inside it. */
export interface Axis {
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
  readonly step: number;
}

/**
 * A nice axis covering every value, optionally forced to include zero.
 *
 * @example niceAxis([0.31, 0.42], { includeZero: true }) // domain [0, 0.5], ticks 0, 0.1, …, 0.5
 */
export function niceAxis(values: readonly number[], options: { includeZero: boolean; count?: number }): Axis {
  const finite = values.filter(Number.isFinite);
  let min = finite.length === 0 ? 0 : Math.min(...finite);
  let max = finite.length === 0 ? 1 : Math.max(...finite);
  if (options.includeZero) {
    min = Math.min(min, 0);
    max = Math.max(max, 0);
  }
  if (max - min < 1e-9 * Math.max(1, Math.abs(max))) {
    // One value (or values equal up to floating-point dust): open a window around it.
    const centre = (min + max) / 2;
    if (Math.abs(centre) < 1e-9) {
      min = Math.min(min, 0);
      max = Math.max(max, 0) + 1;
    } else {
      min = Math.min(min, centre - Math.abs(centre) * 0.1);
      max = Math.max(max, centre + Math.abs(centre) * 0.1);
    }
  }
  const step = niceStep(max - min, options.count ?? 5);
  const low = Math.floor(min / step + 1e-9) * step;
  const high = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let i = 0; low + i * step <= high + step * 1e-9; i++) {
    ticks.push(clean(low + i * step));
  }
  return { domain: [clean(low), clean(high)], ticks, step };
}

/** Removes floating-point dust (0.30000000000000004 → 0.3). */
function clean(value: number): number {
  const rounded = Number(value.toPrecision(12));
  return Object.is(rounded, -0) ? 0 : rounded;
}
