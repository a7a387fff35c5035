/**
 * The council's targets for a figure (pure; the store keeps them, services judge progress, the
 * narrative words them): per indicator a list of versions, each either a target (a value
 * for the target group's level or for its gap to the comparison group, a target year, a baseline
 * period and the decision it rests on) or the removal of the target.
 */

export const TARGET_MEASURES = ['level', 'gap'] as const;
export type TargetMeasure = (typeof TARGET_MEASURES)[number];

/** What the coordinator sets. */
export interface NewTarget {
  indicator: string;
  measure: TargetMeasure;
  /** The group the target is for; only the target group today. */
  group: 'target';
  /** In the figure's stored unit: a fraction for shares (0.6), per 1,000 for rates, grade points, a count. */
  value: number;
  /** The year by which the target should be met (compared with the year of a period's reference date). */
  year: number;
  /** The baseline period; null = the indicator's first period with data. */
  baseline: string | null;
  /** The council's decision it rests on (free text, may be empty). */
  decision: string;
}

/** One stored version: a target, or its removal (`target` null). */
export interface TargetVersion {
  id: number;
  indicator: string;
  version: number;
  target: NewTarget | null;
  createdAt: string;
  createdBy: string;
}

/** A target in force: its latest version when that is not a removal. */
export type Target = NewTarget & { version: number; createdAt: string; createdBy: string };
