/**
 * The standard person breakdowns (`sex=M|K`, `generation=immigrant|descendant`, `refugee=yes|no`,
 * `residence=0-2|3-5|6-9|10+`, `region=eu27|…|oceania`, `menapt=yes|no`, `region_menapt=asia_menapt|…`): which of them hold a
 * person, and which cells are written for which group. The codes and groups are the catalogue's
 * (`PERSON_BREAKDOWNS`); the generation, the region and MENAPT are the origin rules' and their
 * country lists' (`generationOf`, `worldRegionOf`, `isMenapt` of the person's origin country);
 * years of residence are completed years from the arrival date to the reference date, as an age is.
 *
 * Every resident passes through here once per indicator (a million times in a national run), so a
 * person's keys come from a small table of shared arrays, one per combination of codes, found by
 * a number rather than by building text: the tallies in `proportionCells` are then looked up once
 * per array, not once per person.
 */
import { PERSON_BREAKDOWNS, type PersonBreakdownKey, residenceBand } from '../catalogue/index.ts';
import { generationOf } from '../origin/generation.ts';
import { isMenapt, regionMenaptOf, worldRegionOf } from '../origin/world-region.ts';
import { SPECIAL_COUNTRY } from '../origin/types.ts';
import type { DeliveryGroup } from '../origin/types.ts';
import { ageAt } from './age-at.ts';
import type { AggregationInput, AggregationPerson } from './types.ts';

/** A person's code for one key, or null when the person is in none of its values. */
function codeOf(key: PersonBreakdownKey, person: AggregationPerson, referenceDate: string): string | null {
  if (!PERSON_BREAKDOWNS[key].groups.includes(person.group)) return null;
  switch (key) {
    case 'sex':
      return person.sex;
    case 'generation':
      return generationOf(person.originGroup);
    case 'refugee':
      return person.refugee ? 'yes' : 'no';
    case 'residence':
      return yearsOfResidence(person.arrivalDate ?? null, referenceDate);
    case 'region':
      return worldRegionOf(originCountry(person));
    case 'menapt':
      return isMenapt(originCountry(person)) ? 'yes' : 'no';
    case 'region_menapt':
      return regionMenaptOf(originCountry(person));
  }
}

/** The person's origin country; a person built without one has an unknown origin (`XX`). */
function originCountry(person: AggregationPerson): string {
  return person.originCountry ?? SPECIAL_COUNTRY.unknown;
}

/** The residence band at the reference date; null without an arrival date or when it is later. */
function yearsOfResidence(arrival: string | null, referenceDate: string): string | null {
  if (arrival === null || arrival > referenceDate) return null;
  return residenceBand(ageAt(arrival, referenceDate));
}

/** The person breakdowns of one indicator (its catalogue's `personBreakdownKeys`). */
export class PersonBreakdowns {
  private readonly shared: (readonly string[] | undefined)[] = [];
  private readonly withWhole = new Map<readonly string[], readonly string[]>();

  constructor(
    readonly keys: readonly PersonBreakdownKey[],
    private readonly referenceDate: string,
  ) {}

  /** The person breakdowns the caller asked for, at the input's reference date. */
  static of(input: AggregationInput): PersonBreakdowns {
    return new PersonBreakdowns(input.personBreakdowns ?? [], input.referenceDate);
  }

  /** `key=code` for every key whose values hold the person, e.g. `['sex=K', 'generation=immigrant']`. */
  of(person: AggregationPerson): readonly string[] {
    if (this.keys.length === 0) return NONE;
    // The combination's number: each key's code position (or "none", one past the last), mixed radix.
    let id = 0;
    for (const key of this.keys) {
      const codes = PERSON_BREAKDOWNS[key].codes;
      const code = codeOf(key, person, this.referenceDate);
      const position = code === null ? codes.length : codes.indexOf(code);
      id = id * (codes.length + 1) + (position < 0 ? codes.length : position);
    }
    let found = this.shared[id];
    if (found === undefined) {
      const parts = this.keys.flatMap((key) => {
        const code = codeOf(key, person, this.referenceDate);
        return code === null ? [] : [`${key}=${code}`];
      });
      found = Object.freeze(parts);
      this.shared[id] = found;
    }
    return found;
  }

  /** `['', ...of(person)]`: the whole group and the person's breakdowns, shared like `of`. */
  wholeAnd(person: AggregationPerson): readonly string[] {
    const own = this.of(person);
    let found = this.withWhole.get(own);
    if (found === undefined) {
      found = Object.freeze(['', ...own]);
      this.withWhole.set(own, found);
    }
    return found;
  }

  /** The breakdowns written for a group, in the catalogue's code order. */
  cellsFor(group: DeliveryGroup): string[] {
    return this.keys.flatMap((key) => {
      const spec = PERSON_BREAKDOWNS[key];
      return spec.groups.includes(group) ? spec.codes.map((code) => `${key}=${code}`) : [];
    });
  }
}

const NONE: readonly string[] = Object.freeze([]);
