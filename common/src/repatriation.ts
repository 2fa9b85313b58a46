/**
 * Codes and rules of repatriation and compensation, shared by the server (validation) and the
 * client (labels, defaults). See docs/architecture.md, "Repatriation and compensation".
 */

/** An Azerbaijani citizen found abroad brought home; a foreign victim returned to their country. */
export const REPATRIATION_DIRECTIONS = ['to_azerbaijan', 'to_home_country'] as const;
export type RepatriationDirection = (typeof REPATRIATION_DIRECTIONS)[number];

export const REPATRIATION_STATUSES = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
export type RepatriationStatus = (typeof REPATRIATION_STATUSES)[number];
export const OPEN_REPATRIATION: readonly RepatriationStatus[] = ['planned', 'in_progress'];

export const STEP_KINDS = ['consent', 'consulate_contact', 'return_certificate', 'travel_document', 'risk_assessment', 'travel', 'reception', 'departure', 'handover'] as const;
export type StepKind = (typeof STEP_KINDS)[number];
export const STEP_STATUSES = ['planned', 'done'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];
export const TRAVEL_MEANS = ['air', 'land', 'sea'] as const;
export type TravelMeans = (typeof TRAVEL_MEANS)[number];

/** The steps of each direction, in the order they happen; the last one completes the repatriation. */
export const DIRECTION_STEPS: Record<RepatriationDirection, readonly StepKind[]> = {
  to_azerbaijan: ['consulate_contact', 'return_certificate', 'travel', 'reception'],
  to_home_country: ['consent', 'consulate_contact', 'travel_document', 'risk_assessment', 'departure', 'handover'],
};

/** What a step records besides its dates. */
export const STEP_FIELDS: Record<StepKind, readonly ('bodyName' | 'document' | 'means' | 'escorted')[]> = {
  consent: [],
  consulate_contact: ['bodyName'],
  return_certificate: ['document'],
  travel_document: ['document'],
  risk_assessment: [],
  travel: ['means', 'escorted'],
  departure: ['means', 'escorted'],
  reception: ['bodyName'],
  handover: ['bodyName'],
};

/** The direction offered first: home to Azerbaijan for its citizens, home to their country for everyone else. */
export function defaultDirection(citizenships: readonly string[] | null | undefined): RepatriationDirection | null {
  if (!citizenships || citizenships.length === 0) return null;
  return citizenships.includes('AZ') ? 'to_azerbaijan' : 'to_home_country';
}

export interface StepState {
  kind: StepKind;
  position: number;
  doneOn: string | null;
}

export type StepProblem = 'date.in_future' | 'date.before_start' | 'repatriation.step_order' | 'repatriation.travel_first';

/**
 * Whether a step may be done on a day, given the other steps of its repatriation: not in the
 * future, not before the repatriation was opened, not before an earlier step was done nor after a
 * later one was (so arrival never comes before departure), and the final step only after the travel.
 */
export function stepDoneProblem(steps: readonly StepState[], kind: StepKind, doneOn: string, openedOn: string, today: string): StepProblem | null {
  if (doneOn > today) return 'date.in_future';
  if (doneOn < openedOn) return 'date.before_start';
  const self = steps.find((s) => s.kind === kind);
  if (!self) return null;
  for (const other of steps) {
    if (!other.doneOn || other.kind === kind) continue;
    if (other.position < self.position && other.doneOn > doneOn) return 'repatriation.step_order';
    if (other.position > self.position && other.doneOn < doneOn) return 'repatriation.step_order';
  }
  const last = steps.reduce((a, b) => (b.position > a.position ? b : a), self);
  if (last.kind === kind) {
    const travel = steps.find((s) => s.kind === 'travel' || s.kind === 'departure');
    if (travel && !travel.doneOn) return 'repatriation.travel_first';
  }
  return null;
}

export const COMPENSATION_SOURCES = ['criminal_proceeding', 'civil_proceeding', 'assistance_fund'] as const;
export type CompensationSource = (typeof COMPENSATION_SOURCES)[number];
export const COMPENSATION_DECISIONS = ['awarded', 'partly', 'refused'] as const;
export type CompensationDecision = (typeof COMPENSATION_DECISIONS)[number];
export const COMPENSATION_STATUSES = ['claimed', 'awarded', 'refused', 'partly_paid', 'paid'] as const;
export type CompensationStatus = (typeof COMPENSATION_STATUSES)[number];

/** An amount in manats as written: digits, at most two decimals (numeric(14, 2)). */
export const AMOUNT_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;

/** Exact amounts: counted in qəpik (hundredths) as integers, never as binary fractions. */
export function toQapik(amount: string): number {
  const [whole, fraction = ''] = amount.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

export function fromQapik(qapik: number): string {
  const whole = Math.floor(qapik / 100);
  return `${whole}.${String(qapik % 100).padStart(2, '0')}`;
}

/** A claim's status follows from its decision and what has been paid on it. */
export function compensationStatus(decision: CompensationDecision | null, awarded: string | null, paid: string): CompensationStatus {
  if (!decision) return 'claimed';
  if (decision === 'refused') return 'refused';
  const paidQ = toQapik(paid);
  if (paidQ === 0) return 'awarded';
  return awarded !== null && paidQ >= toQapik(awarded) ? 'paid' : 'partly_paid';
}
