/** Referrals as the web client sees them (server/src/referrals/referrals.presenter.ts). */
import type { CasePart } from '../../../common/src/case-parts';
import type { ReferralMove, ReferralService, ReferralStatus, ReferralUrgency, SharingBasis } from '../../../common/src/referrals';

export type { ReferralMove, ReferralService, ReferralStatus, ReferralUrgency, SharingBasis };

export interface ReferralBody {
  id: string;
  shortName: string;
  nameAz: string;
}

export interface ReferralRecord {
  id: string;
  caseId: string;
  caseReference: string;
  /** Whether the caller can open the case now (a receiver's access ends with the referral). */
  caseVisible: boolean;
  status: ReferralStatus;
  urgency: ReferralUrgency;
  services: ReferralService[];
  parts: CasePart[];
  reason: string;
  sharingBasis: SharingBasis;
  legalGround: string | null;
  from: ReferralBody;
  to: ReferralBody & { keepsUnifiedDatabase: boolean };
  sentBy: string;
  sentAt: string;
  acceptedAt: string | null;
  acceptedBy: string | null;
  closedAt: string | null;
  closedBy: string | null;
  declineReason: string | null;
  alertedAt: string | null;
  acceptBy: string | null;
  overdue: boolean;
  minutesToAcceptance: number | null;
  acceptedInTime: boolean | null;
  moves: ReferralMove[];
}

export interface CaseReferrals {
  items: ReferralRecord[];
  abilities: { refer: boolean };
}

export interface Inbox {
  items: ReferralRecord[];
  total: number;
  timeToAcceptance: { accepted: number; medianMinutes: number | null };
  counts: { incomingWaiting: number; incomingOverdue: number; incomingAccepted: number; outgoingWaiting: number };
  limits: { acceptHours: number; urgentAcceptHours: number };
}

export interface InboxFilters {
  box: string;
  status: string;
  urgency: string;
  overdue: string;
  q: string;
}

export interface ReferralInput {
  toOrgId: string;
  parts: CasePart[];
  reason: string;
  urgency: ReferralUrgency;
  services: ReferralService[];
  sharingBasis: SharingBasis;
  legalGround: string | null;
  confirmNoActiveUsers: boolean;
}
