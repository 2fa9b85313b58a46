/**
 * Deterministic synthetic persons and labelled pairs for measuring duplicate detection.
 *
 * A synthetic person (an identity) is rendered as a register would record it: in Latin
 * Azerbaijani, Russian Cyrillic, passport Latin, an old Latin romanisation or on a plain keyboard;
 * surname or given name first; with or without the patronymic; sometimes with a typo; with a birth
 * date, a birth year, only an age estimated on some day, or nothing; sex and citizenship mostly
 * known. Two renderings of one identity are a duplicate pair; hard negatives are namesakes,
 * persons sharing a common surname or given name and birth year, and siblings. The same seed
 * always gives the same data (no Math.random).
 */
import type { Person } from './person-match.js';
import { ORIGINS, type NameForm, type Origin, type OriginNames } from './synthetic-names.js';
import { Rng, azerbaijaniFromCyrillic, femaleSurname, oldLatin, passportLatin, plainKeyboard, russianPatronymic, typo } from './synthetic-render.js';

export interface Identity {
  origin: Origin;
  sex: 'female' | 'male';
  surname: NameForm;
  given: NameForm;
  father: NameForm;
  birthDate: string;
  citizenships: string[];
}

export interface SyntheticPerson extends Person {
  /** Records with the same identity are the same person. */
  identity: number;
}

export type PairKind = 'duplicate' | 'random' | 'same_surname' | 'same_given_name' | 'namesake_same_year' | 'namesake_other_year' | 'sibling';

export interface LabelledPair {
  a: Person;
  b: Person;
  same: boolean;
  kind: PairKind;
}

type Script = 'az' | 'ru' | 'passport' | 'old' | 'plain';
type BirthKind = 'date' | 'year' | 'age' | 'none';

const SCRIPTS: Readonly<Record<'az' | 'russian' | 'foreign', Readonly<Partial<Record<Script, number>>>>> = {
  az: { az: 0.38, ru: 0.2, passport: 0.25, old: 0.09, plain: 0.08 },
  russian: { ru: 0.4, passport: 0.3, az: 0.2, old: 0.1 },
  foreign: { passport: 0.55, ru: 0.2, az: 0.25 },
};
const BIRTH: Readonly<Record<BirthKind, number>> = { date: 0.55, year: 0.1, age: 0.25, none: 0.1 };
const TYPO_RATE = 0.22;

const pad = (n: number): string => String(n).padStart(2, '0');
const byOrigin = new Map(ORIGINS.map((o) => [o.origin, o]));
const originOf = (identity: Identity): OriginNames => byOrigin.get(identity.origin)!;

function newIdentity(rng: Rng, origin?: OriginNames): Identity {
  let names = origin;
  if (!names) {
    let u = rng.next();
    names = ORIGINS.find((o) => (u -= o.share) < 0) ?? ORIGINS[0]!;
  }
  const sex = rng.chance(0.65) ? 'female' : 'male';
  const citizenships = [rng.chance(0.75) ? names.citizenships[0]! : rng.pick(names.citizenships)];
  if (rng.chance(0.03)) citizenships.push(rng.pick(['RU', 'TR', 'GE', 'AZ'].filter((c) => c !== citizenships[0])));
  return {
    origin: names.origin,
    sex,
    surname: rng.pickFrequent(names.surnames),
    given: rng.pickFrequent(sex === 'female' ? names.female : names.male),
    father: rng.pickFrequent(names.male),
    birthDate: birthDate(rng, 2024 - Math.round(10 + 45 * ((rng.next() + rng.next()) / 2))),
    citizenships,
  };
}

function birthDate(rng: Rng, year: number): string {
  return `${year}-${pad(1 + rng.int(12))}-${pad(1 + rng.int(28))}`;
}

/** The surname in a script, in the person's sex. */
function surnameIn(identity: Identity, script: Script, rng: Rng): string {
  const { surname, sex } = identity;
  const female = sex === 'female';
  const cyrillic = female ? femaleSurname(surname.cyrillic) : surname.cyrillic;
  const latin = female ? femaleSurname(surname.latin) : surname.latin;
  return renderForm({ latin, cyrillic }, identity.origin, script, rng);
}

function renderForm(form: NameForm, origin: Origin, script: Script, rng: Rng): string {
  const azerbaijani = origin === 'az';
  switch (script) {
    case 'az':
      return azerbaijani || origin === 'tr' ? form.latin : azerbaijaniFromCyrillic(form.cyrillic);
    case 'ru':
      return form.cyrillic;
    case 'passport':
      return azerbaijani ? passportLatin(form.latin) : form.latin;
    case 'old':
      return oldLatin(form.cyrillic, rng);
    case 'plain':
      return plainKeyboard(form.latin);
  }
}

/** The patronymic as the script writes it, or null for origins without one. */
function patronymicIn(identity: Identity, script: Script, rng: Rng): string | null {
  const names = originOf(identity);
  if (names.patronymic === 'none') return null;
  const female = identity.sex === 'female';
  const russian = russianPatronymic(identity.father.cyrillic, identity.sex);
  if (names.patronymic === 'russian' || ((script === 'ru' || script === 'old') && rng.chance(0.5))) {
    if (script === 'ru') return russian;
    if (script === 'az' || script === 'plain') return azerbaijaniFromCyrillic(russian);
    return oldLatin(russian, rng);
  }
  const father = renderForm(identity.father, identity.origin, script, rng);
  const marker: Record<Script, [string, string]> = {
    az: ['qızı', 'oğlu'], plain: ['qizi', 'oglu'], passport: ['gizi', 'oglu'], ru: ['кызы', 'оглы'], old: ['kyzy', 'ogly'],
  };
  return `${father} ${marker[script][female ? 0 : 1]}`;
}

/** One registration of an identity. */
export function renderPerson(identity: Identity, rng: Rng, options: { birth?: BirthKind; swapDayMonth?: boolean } = {}): Person {
  const names = originOf(identity);
  const group = identity.origin === 'az' ? 'az' : names.patronymic === 'russian' ? 'russian' : 'foreign';
  const script = rng.weighted(SCRIPTS[group] as Record<Script, number>);
  let surname = surnameIn(identity, script, rng);
  let given = renderForm(identity.given, identity.origin, script, rng);
  if (rng.chance(TYPO_RATE)) {
    if (rng.chance(0.5)) surname = typo(surname, rng);
    else given = typo(given, rng);
  }
  if (script === 'passport' && rng.chance(0.3)) surname = surname.toUpperCase();
  const patronymic = rng.chance(script === 'passport' ? 0.15 : 0.5) ? patronymicIn(identity, script, rng) : null;
  const surnameFirst = rng.chance(script === 'ru' ? 0.8 : script === 'passport' ? 0.5 : 0.6);
  const parts = surnameFirst ? [surname, given, patronymic] : [given, patronymic, surname];
  const person: Person = { fullName: parts.filter((p) => p !== null).join(' ') };

  const sex = rng.next();
  person.sex = sex < 0.9 ? identity.sex : sex < 0.95 ? 'unknown' : null;
  if (rng.chance(0.85)) person.citizenships = identity.citizenships.length > 1 && rng.chance(0.5) ? [rng.pick(identity.citizenships)] : [...identity.citizenships];

  const [year, month, day] = identity.birthDate.split('-').map(Number) as [number, number, number];
  const birth = options.birth ?? rng.weighted(BIRTH);
  if (birth === 'date') {
    person.birthDate = options.swapDayMonth && day <= 12 && day !== month ? `${year}-${pad(day)}-${pad(month)}` : identity.birthDate;
    person.birthYear = year;
  } else if (birth === 'year') {
    person.birthYear = year;
  } else if (birth === 'age') {
    // Recorded on a day at least a year after the birth; the age is an estimate, off by up to 2.
    const recordedYear = Math.max(year + 1, 2015 + rng.int(11));
    const recordedOn = `${recordedYear}-${pad(1 + rng.int(12))}-${pad(1 + rng.int(28))}`;
    const trueAge = recordedYear - year - (recordedOn.slice(5) < identity.birthDate.slice(5) ? 1 : 0);
    const u = rng.next();
    const error = u < 0.55 ? 0 : u < 0.9 ? (rng.chance(0.5) ? 1 : -1) : rng.chance(0.5) ? 2 : -2;
    person.estimatedAge = Math.max(0, trueAge + error);
    person.ageRecordedOn = recordedOn;
  }
  return person;
}

/** A different identity of the same origin sharing what `same` lists with `identity`. */
function relative(rng: Rng, identity: Identity, same: 'surname' | 'given' | 'names' | 'sibling'): Identity {
  const names = originOf(identity);
  const other = newIdentity(rng, names);
  const [year] = identity.birthDate.split('-').map(Number) as [number];
  const differentFrom = (list: readonly NameForm[], not: NameForm): NameForm => {
    for (let i = 0; i < 20; i += 1) {
      const form = rng.pickFrequent(list);
      if (form !== not) return form;
    }
    return list.find((f) => f !== not) ?? not;
  };
  const givenList = (sex: 'female' | 'male') => (sex === 'female' ? names.female : names.male);
  if (same === 'surname' || same === 'sibling') {
    other.surname = identity.surname;
    if (other.sex === identity.sex) other.given = differentFrom(givenList(other.sex), identity.given);
    other.birthDate = birthDate(rng, year + (same === 'sibling' ? 1 + rng.int(10) : rng.int(4)) * (rng.chance(0.5) ? 1 : -1));
    if (same === 'sibling') {
      other.father = identity.father;
      other.citizenships = [...identity.citizenships];
    }
  } else if (same === 'given') {
    other.sex = identity.sex;
    other.given = identity.given;
    other.surname = differentFrom(names.surnames, identity.surname);
    other.birthDate = birthDate(rng, year + rng.int(2));
  } else {
    other.sex = identity.sex;
    other.given = identity.given;
    other.surname = identity.surname;
  }
  return other;
}

/**
 * Labelled pairs of records, one pair per synthetic person: with probability `duplicateShare`
 * two registrations of that person (same = true), otherwise that person and someone else
 * (same = false) — a random person, or a hard negative: same surname, same given name and birth
 * year, a namesake born the same year (both with a full birth date that tells them apart) or in
 * another year, or a sibling (same surname and father).
 */
export function labelledPairs(options: { seed: number; persons: number; duplicateShare: number }): LabelledPair[] {
  const rng = new Rng(options.seed);
  const pairs: LabelledPair[] = [];
  for (let i = 0; i < options.persons; i += 1) {
    const identity = newIdentity(rng);
    if (rng.chance(options.duplicateShare)) {
      const swap = rng.chance(0.08);
      pairs.push({ a: renderPerson(identity, rng), b: renderPerson(identity, rng, { swapDayMonth: swap, ...(swap ? { birth: 'date' } : {}) }), same: true, kind: 'duplicate' });
      continue;
    }
    const kind = rng.weighted({ random: 0.2, same_surname: 0.2, same_given_name: 0.2, namesake_same_year: 0.15, namesake_other_year: 0.1, sibling: 0.15 });
    let a = renderPerson(identity, rng);
    let b: Person;
    if (kind === 'random') b = renderPerson(newIdentity(rng), rng);
    else if (kind === 'same_surname') b = renderPerson(relative(rng, identity, 'surname'), rng);
    else if (kind === 'same_given_name') b = renderPerson(relative(rng, identity, 'given'), rng);
    else if (kind === 'sibling') b = renderPerson(relative(rng, identity, 'sibling'), rng);
    else {
      const other = relative(rng, identity, 'names');
      const [year, month, day] = identity.birthDate.split('-').map(Number) as [number, number, number];
      if (kind === 'namesake_same_year') {
        // Another birthday in the same year, not the same one with day and month swapped.
        do other.birthDate = birthDate(rng, year);
        while (other.birthDate === identity.birthDate || other.birthDate === `${year}-${pad(day)}-${pad(month)}`);
        a = renderPerson(identity, rng, { birth: 'date' });
        b = renderPerson(other, rng, { birth: 'date' });
      } else {
        other.birthDate = birthDate(rng, year + (6 + rng.int(15)) * (rng.chance(0.5) ? 1 : -1));
        const known = (): BirthKind => rng.weighted({ date: 0.6, year: 0.15, age: 0.25 });
        a = renderPerson(identity, rng, { birth: known() });
        b = renderPerson(other, rng, { birth: known() });
      }
    }
    pairs.push(rng.chance(0.5) ? { a, b, same: false, kind } : { a: b, b: a, same: false, kind });
  }
  return pairs;
}

/**
 * `count` synthetic registrations, as bodies would send them over the years: a share
 * (`duplicateShare`, default 0.15) are further registrations of a person registered before.
 * `identity` tells which records are the same person.
 */
export function syntheticPersons(options: { seed: number; count: number; duplicateShare?: number }): SyntheticPerson[] {
  const rng = new Rng(options.seed);
  const share = options.duplicateShare ?? 0.15;
  const identities: Identity[] = [];
  const persons: SyntheticPerson[] = [];
  for (let i = 0; i < options.count; i += 1) {
    let index: number;
    if (identities.length > 0 && rng.chance(share)) index = rng.int(identities.length);
    else index = identities.push(newIdentity(rng)) - 1;
    persons.push({ ...renderPerson(identities[index]!, rng), identity: index });
  }
  return persons;
}
