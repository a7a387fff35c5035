/**
 * The simulated municipality: every person who ever lived there, their households, and the id
 * sequence. Ids are obviously fake (`DEMO0000001`), never shaped like a CPR number.
 */
import type { Household, SimPerson } from './person.ts';
import type { Random } from './random.ts';

export class Town {
  readonly persons: SimPerson[] = [];
  /** Everyone who lived here on or after `recentFrom`: the candidates for residence queries. */
  private recent: SimPerson[] = [];
  private recentFrom = Number.NEGATIVE_INFINITY;
  readonly households: Household[] = [];
  private nextId = 1;

  /**
   * @param idPrefix letters before the sequence number: `DEMO` for the demo municipality; the
   *   synthetic national set gives each municipality its own (`K101X`), so ids stay unique when the
   *   municipalities' extracts are joined into one.
   */
  constructor(
    readonly random: Random,
    private readonly idPrefix = 'DEMO',
  ) {}

  /** A fresh person id, also used for parents who never lived here. */
  newId(): string {
    const id = `${this.idPrefix}${String(this.nextId).padStart(7, '0')}`;
    this.nextId += 1;
    return id;
  }

  /** Registers a person (their `index` must be `persons.length`). */
  addPerson(person: SimPerson): SimPerson {
    this.persons.push(person);
    this.recent.push(person);
    return person;
  }

  /** Forgets, for residence queries, everyone who left before `day`; later queries must not ask about earlier days. */
  forgetBefore(day: number): void {
    this.recent = this.recent.filter((p) => p.outDay === null || p.outDay > day);
    this.recentFrom = day;
  }

  newHousehold(area: string): Household {
    const household: Household = { id: this.households.length, area, adults: [], children: [] };
    this.households.push(household);
    return household;
  }

  person(index: number): SimPerson {
    const person = this.persons[index];
    if (person === undefined) throw new Error(`no person ${index}`);
    return person;
  }

  /** True when the person lived here on `day`. */
  isResident(person: SimPerson, day: number): boolean {
    return person.inDay <= day && (person.outDay === null || person.outDay > day);
  }

  /** Everyone living here at some time between `first` and `last`. */
  residentsDuring(first: number, last: number): SimPerson[] {
    if (first < this.recentFrom) throw new Error('residence asked for before the forgotten past');
    return this.recent.filter((p) => p.inDay <= last && (p.outDay === null || p.outDay > first));
  }

  /** Ends a person's residence on `day` and takes them out of their household. */
  leave(person: SimPerson, day: number): void {
    if (person.outDay !== null) return;
    person.outDay = day;
    const household = this.households[person.household];
    if (household === undefined) return;
    household.adults = household.adults.filter((i) => i !== person.index);
    household.children = household.children.filter((i) => i !== person.index);
  }
}
