import type { Config } from '../config/config.js';

/** How long the special police unit has to accept a referral (REFERRAL_ACCEPT_HOURS, REFERRAL_URGENT_ACCEPT_HOURS). */
export interface ReferralDeadlines {
  acceptHours: number;
  urgentAcceptHours: number;
}

export function deadlinesOf(config: Pick<Config, 'REFERRAL_ACCEPT_HOURS' | 'REFERRAL_URGENT_ACCEPT_HOURS'>): ReferralDeadlines {
  return { acceptHours: config.REFERRAL_ACCEPT_HOURS, urgentAcceptHours: config.REFERRAL_URGENT_ACCEPT_HOURS };
}

export const acceptHoursFor = (urgency: string, deadlines: ReferralDeadlines) => (urgency === 'urgent' ? deadlines.urgentAcceptHours : deadlines.acceptHours);

const HOUR_MS = 3_600_000;

export interface TimedReferral {
  status: string;
  urgency: string;
  sentAt: Date;
  acceptedAt: Date | null;
  /** The receiving body keeps the unified database (the special police unit): only its referrals have a time limit. */
  toUnit: boolean;
}

export interface ReferralTiming {
  /** When the unit must have accepted it; null for other receivers. */
  acceptBy: string | null;
  /** Still waiting past `acceptBy`. */
  overdue: boolean;
  /** From sending to acceptance, in whole minutes; null until accepted. */
  minutesToAcceptance: number | null;
  /** Accepted before `acceptBy`; null when not accepted or without a time limit. */
  acceptedInTime: boolean | null;
}

/** The time to acceptance, and against the unit's time limit, as of `now`. */
export function timingOf(referral: TimedReferral, deadlines: ReferralDeadlines, now: Date): ReferralTiming {
  const due = referral.toUnit ? new Date(referral.sentAt.getTime() + acceptHoursFor(referral.urgency, deadlines) * HOUR_MS) : null;
  const accepted = referral.acceptedAt;
  return {
    acceptBy: due?.toISOString() ?? null,
    overdue: due !== null && referral.status === 'sent' && now.getTime() >= due.getTime(),
    minutesToAcceptance: accepted ? Math.max(0, Math.floor((accepted.getTime() - referral.sentAt.getTime()) / 60_000)) : null,
    acceptedInTime: due && accepted ? accepted.getTime() <= due.getTime() : null,
  };
}
