/**
 * Whether two person records are the same person: the name score combined with the other
 * evidence a register holds — patronymic, birth date, birth year or an age estimated on a given
 * day, sex and citizenship.
 *
 * Each piece of evidence adds a weight to a log-odds sum (the Fellegi–Sunter way): agreement
 * for, disagreement against, nothing when either record lacks it. The sum becomes a score in
 * [0, 1] by the logistic function; `same` is the sum at or above the threshold's log-odds. The
 * weights and the threshold were chosen on labelled synthetic pairs (`synthetic.ts`; see
 * docs/decisions/011-name-matching.md).
 */
import { compareTokens, tokenSimilarity } from './compare.js';
import { nameTokens, type NameToken } from './name-key.js';

export interface Person {
  fullName: string;
  sex?: 'female' | 'male' | 'other' | 'unknown' | null;
  /** YYYY-MM-DD */
  birthDate?: string | null;
  birthYear?: number | null;
  /** An age estimated on `ageRecordedOn` (by the person, a case worker, a document). */
  estimatedAge?: number | null;
  /** YYYY-MM-DD */
  ageRecordedOn?: string | null;
  /** ISO 3166 alpha-2 codes. */
  citizenships?: string[];
}

export interface PersonMatch {
  /** In [0, 1]. */
  score: number;
  same: boolean;
  /** What the score rests on, in English, for a reviewer. */
  reasons: string[];
}

/** Scores at or above this mean "the same person". */
export const SAME_PERSON_THRESHOLD = 0.5;
const SAME_LOG_ODDS = Math.log(SAME_PERSON_THRESHOLD / (1 - SAME_PERSON_THRESHOLD));

/** The prior and the map of the name score: slope·(score − centre), clamped to [min, max]. */
const BIAS = -1.6;
const NAME = { slope: 50, centre: 0.86, max: 3.2, min: -10 };

/** A piece of evidence: its log-odds weight and how a reviewer reads it. */
interface Item {
  weight: number;
  reason: string;
}
const item = (weight: number, reason: string): Item => ({ weight, reason });

const EVIDENCE = {
  dateEqual: item(3, 'same birth date'),
  dateSwapped: item(2.2, 'same birth date with day and month swapped'),
  dayDiffers: item(-4, 'birth dates differ in the same year'),
  yearEqual: item(1, 'same birth year'),
  dateYearOffByOne: item(-1.5, 'birth dates differ in the year only'),
  dateYearDiffers: item(-4.5, 'birth dates differ in the year only'),
  yearOffByOne: item(-1.5, 'birth years differ by one'),
  yearDiffers: item(-4.5, 'birth years differ'),
  ageAgrees: item(0.6, 'estimated age agrees with the birth date'),
  ageClose: item(0, 'estimated age within 2 years of the birth date'),
  ageOff: item(-2, 'estimated age does not fit the birth date'),
  ageFarOff: item(-4.5, 'estimated age does not fit the birth date'),
  agesAgree: item(0.3, 'estimated ages agree'),
  agesOff: item(-1, 'estimated ages differ by several years'),
  agesFarOff: item(-4.5, 'estimated ages differ'),
  sexEqual: item(0.2, 'same sex'),
  sexDiffers: item(-6, 'sex differs'),
  citizenshipShared: item(0.4, 'common citizenship'),
  citizenshipDisjoint: item(-1.5, 'no common citizenship'),
  patronymicEqual: item(0.5, 'same patronymic'),
  patronymicDiffers: item(-3, 'patronymics differ'),
};

/** Patronymics this alike are the same father's name; below the lower bound, different ones. */
const PATRONYMIC_SAME = 0.9;
const PATRONYMIC_DIFFERENT = 0.8;

interface Birth {
  year: number | null;
  month: number | null;
  day: number | null;
  /** For an estimated age: the birth years it allows before its own error, the age and its day. */
  age: { from: number; to: number; years: number; on: string } | null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

function birthOf(p: Person): Birth {
  const birth: Birth = { year: null, month: null, day: null, age: null };
  const date = DATE.exec(p.birthDate ?? '');
  if (date) {
    birth.year = Number(date[1]);
    birth.month = Number(date[2]);
    birth.day = Number(date[3]);
  } else if (finite(p.birthYear)) {
    birth.year = Math.trunc(p.birthYear);
  }
  const on = DATE.exec(p.ageRecordedOn ?? '');
  if (birth.year === null && on && finite(p.estimatedAge)) {
    const years = Math.trunc(p.estimatedAge);
    const year = Number(on[1]) - years;
    birth.age = { from: year - 1, to: year, years, on: p.ageRecordedOn! };
  }
  return birth;
}

/** How far an estimated age is from the age a known birth date or year gives on that day. */
function ageError(known: Birth, estimate: NonNullable<Birth['age']>): number {
  const year = known.year!;
  if (known.month !== null && known.day !== null) {
    const mmdd = `${String(known.month).padStart(2, '0')}-${String(known.day).padStart(2, '0')}`;
    const age = Number(estimate.on.slice(0, 4)) - year - (estimate.on.slice(5) < mmdd ? 1 : 0);
    return Math.abs(age - estimate.years);
  }
  return year < estimate.from ? estimate.from - year : year > estimate.to ? year - estimate.to : 0;
}

/**
 * Birth evidence. Estimated ages are taken to be off by up to two years (one each way is common):
 * within one they agree, at two they say nothing, beyond they disagree.
 */
function birthEvidence(a: Birth, b: Birth): Item | null {
  if (a.year !== null && b.year !== null) {
    const full = a.month !== null && b.month !== null && a.day !== null && b.day !== null;
    if (a.year === b.year) {
      if (!full) return EVIDENCE.yearEqual;
      if (a.month === b.month && a.day === b.day) return EVIDENCE.dateEqual;
      if (a.month === b.day && a.day === b.month) return EVIDENCE.dateSwapped;
      return EVIDENCE.dayDiffers;
    }
    const offByOne = Math.abs(a.year - b.year) === 1;
    if (full && a.month === b.month && a.day === b.day) return offByOne ? EVIDENCE.dateYearOffByOne : EVIDENCE.dateYearDiffers;
    return offByOne && !full ? EVIDENCE.yearOffByOne : EVIDENCE.yearDiffers;
  }
  const estimate = a.age ?? b.age;
  const known = a.age ? b : a;
  if (estimate && known.year !== null) {
    const error = ageError(known, estimate);
    return error <= 1 ? EVIDENCE.ageAgrees : error === 2 ? EVIDENCE.ageClose : error === 3 ? EVIDENCE.ageOff : EVIDENCE.ageFarOff;
  }
  if (a.age && b.age) {
    const gap = Math.max(0, a.age.from - b.age.to, b.age.from - a.age.to);
    return gap <= 2 ? EVIDENCE.agesAgree : gap <= 4 ? EVIDENCE.agesOff : EVIDENCE.agesFarOff;
  }
  return null;
}

/**
 * What scoring needs of a record, worked out once: its name's words, birth, sex and
 * citizenships. Scoring one record against many candidates (a look-up, a block) should prepare
 * each record once and use `scorePrepared`.
 */
export interface PreparedPerson {
  readonly person: Person;
  readonly tokens: NameToken[];
  readonly father: NameToken | undefined;
  readonly birth: Birth;
  readonly sex: 'female' | 'male' | null;
  readonly citizenships: string[];
}

export function preparePerson(person: Person): PreparedPerson {
  const tokens = nameTokens(typeof person.fullName === 'string' ? person.fullName : '');
  const citizenships = Array.isArray(person.citizenships) ? person.citizenships : [];
  return {
    person,
    tokens,
    father: tokens.find((t) => t.patronymic),
    birth: birthOf(person),
    sex: person.sex === 'female' || person.sex === 'male' ? person.sex : null,
    citizenships: [...new Set(citizenships.map((c) => String(c).toUpperCase()))].sort(),
  };
}

/**
 * The evidence besides the names' score, as a log-odds weight; with `reasons`, what it rests on
 * is added there. The father's name when both records give it: the names' score counts it
 * lightly (one record may lack it), but two different fathers' names make two persons. Sex
 * counts only when both records know it (female or male); citizenship when both list some.
 */
function otherWeight(a: PreparedPerson, b: PreparedPerson, reasons: string[] | null): number {
  let weight = 0;
  const add = (evidence: Item | null, reason = evidence?.reason) => {
    if (evidence === null) return;
    weight += evidence.weight;
    if (reasons !== null && reason !== undefined) reasons.push(reason);
  };
  if (a.father && b.father) {
    const similarity = tokenSimilarity(a.father, b.father);
    add(similarity >= PATRONYMIC_SAME ? EVIDENCE.patronymicEqual : similarity < PATRONYMIC_DIFFERENT ? EVIDENCE.patronymicDiffers : null);
  }
  add(birthEvidence(a.birth, b.birth));
  if (a.sex && b.sex) add(a.sex === b.sex ? EVIDENCE.sexEqual : EVIDENCE.sexDiffers);
  if (a.citizenships.length > 0 && b.citizenships.length > 0) {
    const shared = a.citizenships.filter((c) => b.citizenships.includes(c));
    if (shared.length > 0) add(EVIDENCE.citizenshipShared, reasons === null ? undefined : `${EVIDENCE.citizenshipShared.reason} ${shared.join(', ')}`);
    else add(EVIDENCE.citizenshipDisjoint);
  }
  return weight;
}

/** The log-odds weight of a name score. */
export function nameWeight(name: number): number {
  return Math.min(NAME.max, Math.max(NAME.min, NAME.slope * (name - NAME.centre)));
}

/** The evidence besides the names' score (see `otherWeight`), with its reasons. */
export function otherEvidence(a: PreparedPerson, b: PreparedPerson): { weight: number; reasons: string[] } {
  const reasons: string[] = [];
  return { weight: otherWeight(a, b, reasons), reasons };
}

/**
 * Whether the evidence besides the names leaves room for "same": false when even identical names
 * could not outweigh it (different sex, birth years apart, different fathers). A cheap test
 * before scoring a block's candidates: `scorePrepared` says `same: false` for every pair it
 * rejects.
 */
export function mayBeSame(a: PreparedPerson, b: PreparedPerson): boolean {
  return BIAS + NAME.max + otherWeight(a, b, null) >= SAME_LOG_ODDS;
}

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/** `scorePersons` on prepared records. */
export function scorePrepared(a: PreparedPerson, b: PreparedPerson): PersonMatch {
  const name = compareTokens(a.tokens, b.tokens);
  const reasons = [`${name >= NAME.centre ? 'names agree' : 'names differ'} (${name.toFixed(2)})`];
  const logOdds = BIAS + nameWeight(name) + otherWeight(a, b, reasons);
  return { score: logistic(logOdds), same: logOdds >= SAME_LOG_ODDS, reasons };
}

/** How likely two records are the same person, and why. Symmetric. */
export function scorePersons(a: Person, b: Person): PersonMatch {
  return scorePrepared(preparePerson(a), preparePerson(b));
}
