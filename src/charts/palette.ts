/**
 * How series look. Every series differs in three ways at once — colour, dash pattern and marker
 * shape — so that a chart printed in grey or read by someone with a colour-vision deficiency still
 * tells the series apart (WCAG 1.4.1). Every colour has at least 4.5:1 contrast against white, well
 * above the 3:1 that graphical objects need (WCAG 1.4.11).
 */

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'triangle-down' | 'hexagon';

export interface SeriesStyle {
  readonly colour: string;
  /** `stroke-dasharray`, or undefined for a solid line. */
  readonly dash: string | undefined;
  readonly marker: MarkerShape;
}

/** The styles in the order series are given them: target first, then comparison, other, total. */
export const SERIES_STYLES: readonly SeriesStyle[] = [
  { colour: '#1d4f91', dash: undefined, marker: 'circle' },
  { colour: '#a6460f', dash: '7 4', marker: 'square' },
  { colour: '#2c6b38', dash: '2 3', marker: 'triangle' },
  { colour: '#4d4d4d', dash: '9 3 2 3', marker: 'diamond' },
  { colour: '#7a2e7a', dash: '4 2', marker: 'cross' },
  // The whole country and the peers beside the groups (the comparison with other municipalities).
  { colour: '#5c5000', dash: '1 3', marker: 'hexagon' },
  { colour: '#00656d', dash: '6 2 1 2', marker: 'triangle-down' },
];

/** The style for the `index`th series; cycles if there are more series than styles. */
export function seriesStyle(index: number): SeriesStyle {
  return SERIES_STYLES[index % SERIES_STYLES.length] ?? { colour: '#1d4f91', dash: undefined, marker: 'circle' };
}

/**
 * A sequential blue for a share from 0 to 1, used to colour housing areas. Even the lightest step
 * has 3:1 contrast against white; the bar's length and its printed value carry the same information.
 */
export const SHARE_RAMP: readonly string[] = ['#5e86b8', '#4673a8', '#2f5f97', '#1d4b80', '#0f3768'];

/** The ramp colour for a share (a fraction; clamped to 0–1). */
export function shareColour(share: number): string {
  const index = Math.min(SHARE_RAMP.length - 1, Math.max(0, Math.floor(share * SHARE_RAMP.length)));
  return SHARE_RAMP[index] ?? '#1d4f91';
}
