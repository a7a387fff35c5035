/**
 * The legal criteria of Almenboligloven § 61 a (as in force since the 2021 amendment): which
 * official housing areas meet which of the four social criteria, and the list each area belongs
 * on (variant `legal_criteria` of `boligomraader-diversitet`).
 *
 * An official area is physically connected social housing (almene boligafdelinger) with at least
 * 1,000 residents. It is
 * - a vulnerable housing area (udsat boligområde, stk. 1) when it meets at least 2 of 4 criteria:
 *   (1) the share of residents aged 18–64 outside work or education exceeds 40 % (2-year average);
 *   (2) the share convicted under the Criminal Code, the weapons act or the drugs act is at least
 *       3 times the national average (2-year average);
 *   (3) the share of residents aged 30–59 with basic education only exceeds 60 %;
 *   (4) the mean gross income of taxpayers 15–64 (excl. those in education) is below 55 % of the
 *       same group's mean in the region;
 * - a parallel society (parallelsamfund, stk. 2) when it is vulnerable and the share of immigrants
 *   and descendants from non-Western countries exceeds 50 %;
 * - a prevention area (forebyggelsesområde) when the non-Western share exceeds 30 % and at least
 *   2 of the same 4 criteria are met with lower limits: 30 %, 2 times, 60 %, 65 %.
 * The ministry computes the figures (two-year averages, the 1 December lists); this module only
 * applies the limits to them. A transformation area (omdannelsesområde: a parallel society for the
 * last 4 years) needs the earlier lists and is not decided here.
 */

/** One area's figures as the ministry's list gives them. Shares and ratios are fractions (0.452 = 45.2 %). */
export interface AreaCriteriaFigures {
  area: string;
  /** Residents of the area (the ministry's count). */
  residents: number;
  /** (1) Share of residents 18–64 outside work or education, 2-year average. */
  outsideWorkOrEducation: number;
  /** (2) Share of residents convicted under the Criminal Code, weapons or drugs law, 2-year average. */
  convicted: number;
  /** (2) The national average of the same share, 2-year average. */
  convictedNationally: number;
  /** (3) Share of residents 30–59 with basic education only. */
  basicEducationOnly: number;
  /** (4) Mean gross income of taxpayers 15–64 excl. those in education, as a fraction of the region's. */
  incomeOfRegion: number;
  /** Share of residents who are immigrants or descendants from non-Western countries. */
  nonWestern: number;
}

/** The four social criteria, in the law's order. */
export const SOCIAL_CRITERIA = ['employment', 'crime', 'education', 'income'] as const;
export type SocialCriterion = (typeof SOCIAL_CRITERIA)[number];

/** Which criteria an area meets under one set of limits. */
export type CriteriaMet = Readonly<Record<SocialCriterion, boolean>>;

/** The lists an official area can be on; `none` = on no list. */
export type LegalList = 'parallel_society' | 'vulnerable' | 'prevention' | 'none';

export type LegalCriteriaResult =
  | { kind: 'not_official'; area: string; residents: number }
  | {
      kind: 'official';
      area: string;
      residents: number;
      /** The criteria met with the limits of a vulnerable area (40 %, 3×, 60 %, 55 %). */
      vulnerable: CriteriaMet;
      /** The criteria met with the lower limits of a prevention area (30 %, 2×, 60 %, 65 %). */
      prevention: CriteriaMet;
      /** The non-Western share exceeds 50 % / 30 %. */
      nonWesternAbove50: boolean;
      nonWesternAbove30: boolean;
      list: LegalList;
    };

interface Limits {
  /** (1) exceeds. */
  outsideWorkOrEducation: number;
  /** (2) at least this multiple of the national average. */
  convictedMultiple: number;
  /** (3) exceeds. */
  basicEducationOnly: number;
  /** (4) below. */
  incomeOfRegion: number;
}

/** § 61 a, stk. 1: a vulnerable housing area. */
export const VULNERABLE_LIMITS: Readonly<Limits> = { outsideWorkOrEducation: 0.4, convictedMultiple: 3, basicEducationOnly: 0.6, incomeOfRegion: 0.55 };
/** The prevention area's lower limits (2021 amendment). */
export const PREVENTION_LIMITS: Readonly<Limits> = { outsideWorkOrEducation: 0.3, convictedMultiple: 2, basicEducationOnly: 0.6, incomeOfRegion: 0.65 };
/** The smallest official area. */
export const OFFICIAL_RESIDENTS = 1000;
/** Criteria an area must meet of the four. */
export const CRITERIA_NEEDED = 2;

/**
 * The ministry's figures are printed with one or two decimals, so a share exactly on a limit must
 * compare as on it: 3 × 0.006 is 0.018000000000000002 in binary, and 1.8 % is "at least 3 times" 0.6 %.
 */
const TOLERANCE = 1e-9;

/** The criteria an area meets under `limits`. */
export function criteriaMet(figures: AreaCriteriaFigures, limits: Readonly<Limits>): CriteriaMet {
  return {
    employment: figures.outsideWorkOrEducation > limits.outsideWorkOrEducation + TOLERANCE,
    crime: figures.convicted >= limits.convictedMultiple * figures.convictedNationally - TOLERANCE,
    education: figures.basicEducationOnly > limits.basicEducationOnly + TOLERANCE,
    income: figures.incomeOfRegion < limits.incomeOfRegion - TOLERANCE,
  };
}

function count(met: CriteriaMet): number {
  return SOCIAL_CRITERIA.filter((c) => met[c]).length;
}

/**
 * The area's criteria and list. An area below 1,000 residents is no official area: no criteria
 * are applied to it. A parallel society is listed as such, not also as a prevention area (the
 * ministry's lists put an area on one list, the strictest that applies).
 * @example legalCriteria({ area: 'A', residents: 1200, outsideWorkOrEducation: 0.45, convicted: 0.03,
 *   convictedNationally: 0.009, basicEducationOnly: 0.5, incomeOfRegion: 0.6, nonWestern: 0.55 })
 *   // employment and crime met (45 % > 40 %, 3 % ≥ 2.7 %): vulnerable, non-Western 55 % > 50 %: 'parallel_society'
 */
export function legalCriteria(figures: AreaCriteriaFigures): LegalCriteriaResult {
  const { area, residents } = figures;
  if (residents < OFFICIAL_RESIDENTS) return { kind: 'not_official', area, residents };
  const vulnerable = criteriaMet(figures, VULNERABLE_LIMITS);
  const prevention = criteriaMet(figures, PREVENTION_LIMITS);
  const nonWesternAbove50 = figures.nonWestern > 0.5 + TOLERANCE;
  const nonWesternAbove30 = figures.nonWestern > 0.3 + TOLERANCE;
  const isVulnerable = count(vulnerable) >= CRITERIA_NEEDED;
  const list: LegalList =
    isVulnerable && nonWesternAbove50
      ? 'parallel_society'
      : isVulnerable
        ? 'vulnerable'
        : nonWesternAbove30 && count(prevention) >= CRITERIA_NEEDED
          ? 'prevention'
          : 'none';
  return { kind: 'official', area, residents, vulnerable, prevention, nonWesternAbove50, nonWesternAbove30, list };
}
