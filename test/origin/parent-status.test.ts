/**
 * A parent's register status (docs/origin.md §1a): golden cases for every branch of
 * `parentFromRegister`, and what each branch does to a whole person's origin. The point of the
 * rule: Statistics Denmark's one-parent branch applies only to a parent *unknown in the register*;
 * a registered Danish father who lives elsewhere still makes his child of Danish origin.
 */
import { describe, expect, it } from 'vitest';
import { classifyOrigin, type OriginResult, type ParentFacts, parentFromRegister, type ParentFromRegister, type ParentStatus } from '../../src/origin/index.ts';
import { DANE, parent, person } from './helpers.ts';

interface StatusCase {
  name: string;
  status: ParentStatus | null;
  given: ParentFacts | null;
  expected: ParentFromRegister;
}

/** An id alone: the extract names the parent but gives no facts (the parent is not one of its rows). */
const ID_ONLY = parent(null, null);
const TURKISH = parent('TR', 'TR');

const statusCases: StatusCase[] = [
  { name: 'unknown in the register, nothing given → unknown', status: 'unknown', given: null, expected: { kind: 'unknown' } },
  {
    name: 'unknown in the register but facts given → contradiction',
    status: 'unknown',
    given: DANE,
    expected: { kind: 'contradiction', problem: 'unknown_parent_with_facts' },
  },
  {
    name: 'unknown in the register but an id given → contradiction (a registered id means a registered parent)',
    status: 'unknown',
    given: ID_ONLY,
    expected: { kind: 'contradiction', problem: 'unknown_parent_with_facts' },
  },
  { name: 'known with a birth country and citizenship → known', status: 'known', given: DANE, expected: { kind: 'known', parent: DANE } },
  {
    name: 'known with the citizenship only → known (one fact makes a parent known)',
    status: 'known',
    given: parent(null, 'DK'),
    expected: { kind: 'known', parent: parent(null, 'DK') },
  },
  {
    name: 'known but only an id (the parent not in the extract, columns empty) → contradiction',
    status: 'known',
    given: ID_ONLY,
    expected: { kind: 'contradiction', problem: 'known_parent_without_facts' },
  },
  {
    name: 'known but nothing given → contradiction',
    status: 'known',
    given: null,
    expected: { kind: 'contradiction', problem: 'known_parent_without_facts' },
  },
  {
    name: 'known with only the origin group → contradiction (the rules need a birth country or citizenship)',
    status: 'known',
    given: parent(null, null, 'efterkommer', 'TR'),
    expected: { kind: 'contradiction', problem: 'known_parent_without_facts' },
  },
  { name: 'no status, facts given → known, as always', status: null, given: TURKISH, expected: { kind: 'known', parent: TURKISH } },
  {
    name: 'no status, nothing given → absent without status (taken as unknown, counted)',
    status: null,
    given: null,
    expected: { kind: 'absent_without_status', parent: null },
  },
  {
    name: 'no status, an id alone → absent without status',
    status: null,
    given: ID_ONLY,
    expected: { kind: 'absent_without_status', parent: null },
  },
  {
    name: 'no status, only the origin group and country → absent without status, keeping them for the third generation',
    status: null,
    given: parent(null, null, 'efterkommer', 'SY'),
    expected: { kind: 'absent_without_status', parent: parent(null, null, 'efterkommer', 'SY') },
  },
];

describe('parentFromRegister — every branch', () => {
  it.each(statusCases)('$name', ({ status, given, expected }) => {
    expect(parentFromRegister(status, given)).toEqual(expected);
  });
});

/** The parent the origin rules see: what `classifyRows` passes on for each branch. */
function asParent(result: ParentFromRegister): ParentFacts | null {
  if (result.kind === 'known' || result.kind === 'absent_without_status') return result.parent;
  if (result.kind === 'unknown') return null;
  throw new Error(result.problem);
}

/** A child born in Denmark as a Danish citizen to a Turkish immigrant mother and the given father. */
function child(fatherStatus: ParentStatus | null, father: ParentFacts | null): OriginResult {
  return classifyOrigin(person('DK', 'DK', TURKISH, asParent(parentFromRegister(fatherStatus, father))));
}

describe('a child of a Turkish mother: the father’s status decides the branch', () => {
  it('father known, a Danish citizen born in Denmark who lives elsewhere → Danish origin (DST)', () => {
    expect(child('known', DANE)).toMatchObject({ originGroup: 'dansk_oprindelse', originCountry: 'DK', originRegion: 'vestlig' });
  });

  it('father unknown in the register → the mother alone decides: descendant of Turkish origin', () => {
    expect(child('unknown', null)).toMatchObject({ originGroup: 'efterkommer', originCountry: 'TR', originRegion: 'ikke_vestlig' });
  });

  it('no status and only his id (an older extract) → taken as unknown: descendant, as before the status existed', () => {
    expect(child(null, ID_ONLY)).toMatchObject({ originGroup: 'efterkommer', originCountry: 'TR' });
  });

  it('father known as a Turkish immigrant → descendant of Turkish origin (the mother’s country)', () => {
    expect(child('known', parent('TR', 'TR'))).toMatchObject({ originGroup: 'efterkommer', originCountry: 'TR' });
  });
});

describe('a person with no parent in the register', () => {
  it('both unknown, born in Denmark as a Danish citizen → Danish origin, flagged as no parent known', () => {
    const unknown = asParent(parentFromRegister('unknown', null));
    expect(classifyOrigin(person('DK', 'DK', unknown, unknown))).toEqual({
      originGroup: 'dansk_oprindelse',
      originCountry: 'DK',
      originRegion: 'vestlig',
      thirdGeneration: false,
      dataQuality: ['no_parent_known'],
    });
  });

  it('both unknown, born in Syria → immigrant of Syrian origin', () => {
    const unknown = asParent(parentFromRegister('unknown', null));
    expect(classifyOrigin(person('SY', 'SY', unknown, unknown))).toMatchObject({ originGroup: 'indvandrer', originCountry: 'SY' });
  });
});
