import type { FieldMessageKey } from '../http/field-messages.js';
import { AppError } from '../http/problem.js';
import type { IdentityInput, VictimInput } from './case-input.js';

/** What the rules need of a person. */
export type PersonDates = Pick<IdentityInput, 'birthDate' | 'estimatedAge' | 'childAtIdentification'>;

type FieldError = { path: string; key: FieldMessageKey; params?: Record<string, string | number> };

/** Whole years between a birth date and a later day. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The person's age on a day, from the birth date or from an age estimated when the case was opened. */
export function estimatedAgeOn(person: { birthDate: string | null; estimatedAge: number | null }, estimatedOn: string, day: string): number | null {
  if (person.birthDate) return ageOn(person.birthDate, day);
  if (person.estimatedAge === null) return null;
  return person.estimatedAge + (Number(day.slice(0, 4)) - Number(estimatedOn.slice(0, 4)));
}

/** The day the person was identified (the status decision) or, before that, first met. */
export function identificationDay(firstContactOn: string, victim: Pick<VictimInput, 'traffickingStatus' | 'statusDecidedOn'>): string {
  return victim.traffickingStatus === 'identified' && victim.statusDecidedOn ? victim.statusDecidedOn : firstContactOn;
}

export interface DerivedPerson {
  birthYear: number | null;
  childAtIdentification: boolean | null;
  childAtExploitation: boolean | null;
}

/**
 * Checks a person and their victim context against each other and today, and derives what is
 * derived (birth year, the child flags). Every problem is reported at once, with its field.
 */
export function checkCase(today: string, firstContactOn: string, person: PersonDates, victim: VictimInput, paths = { person: 'person', victim: 'victim', firstContactOn: 'firstContactOn' }): DerivedPerson {
  const errors: FieldError[] = [];
  const notFuture = (path: string, value: string | null) => {
    if (value && value > today) errors.push({ path, key: 'date.in_future' });
  };
  notFuture(paths.firstContactOn, firstContactOn);
  notFuture(`${paths.person}.birthDate`, person.birthDate);
  notFuture(`${paths.victim}.statusDecidedOn`, victim.statusDecidedOn);
  notFuture(`${paths.victim}.exploitationStartedOn`, victim.exploitationStartedOn);
  const born = person.birthDate;
  if (born) {
    if (born > firstContactOn) errors.push({ path: `${paths.person}.birthDate`, key: 'case.born_after_contact' });
    if (victim.statusDecidedOn && victim.statusDecidedOn < born) errors.push({ path: `${paths.victim}.statusDecidedOn`, key: 'case.before_birth' });
    if (victim.exploitationStartedOn && victim.exploitationStartedOn < born) errors.push({ path: `${paths.victim}.exploitationStartedOn`, key: 'case.before_birth' });
    if (person.estimatedAge !== null && Math.abs(ageOn(born, firstContactOn) - person.estimatedAge) > 1) errors.push({ path: `${paths.person}.estimatedAge`, key: 'case.age_contradicts_birth' });
  }
  if (victim.traffickingStatus === 'identified' && !victim.statusDecidedOn) errors.push({ path: `${paths.victim}.statusDecidedOn`, key: 'case.decision_date_required' });
  victim.events.forEach((event, index) => {
    if (event.dateFrom && event.dateTo && event.dateTo < event.dateFrom) errors.push({ path: `${paths.victim}.events.${index}.dateTo`, key: 'date.before_start' });
    notFuture(`${paths.victim}.events.${index}.dateFrom`, event.dateFrom);
    if (born && event.dateFrom && event.dateFrom < born) errors.push({ path: `${paths.victim}.events.${index}.dateFrom`, key: 'case.before_birth' });
  });
  if (victim.forcedLabourIndustry && !victim.exploitation.includes('ForcedLabour')) errors.push({ path: `${paths.victim}.forcedLabourIndustry`, key: 'case.industry_without_forced_labour' });
  if (victim.sexExploitation.length && !victim.exploitation.includes('SexualExploitation')) errors.push({ path: `${paths.victim}.sexExploitation`, key: 'case.sex_type_without_sexual_exploitation' });

  const identifiedOn = identificationDay(firstContactOn, victim);
  const ageAtIdentification = estimatedAgeOn(person, firstContactOn, identifiedOn);
  const computedChild = ageAtIdentification === null ? null : ageAtIdentification < 18;
  if (computedChild !== null && person.childAtIdentification !== null && person.childAtIdentification !== computedChild) {
    errors.push({ path: `${paths.person}.childAtIdentification`, key: 'case.child_flag_contradicts' });
  }
  if (errors.length) throw new AppError('VALIDATION_FAILED', errors);
  const ageAtExploitation = victim.exploitationStartedOn ? estimatedAgeOn(person, firstContactOn, victim.exploitationStartedOn) : null;
  return {
    birthYear: born ? Number(born.slice(0, 4)) : null,
    childAtIdentification: computedChild ?? person.childAtIdentification,
    childAtExploitation: ageAtExploitation === null ? (computedChild === true ? true : null) : ageAtExploitation < 18,
  };
}
