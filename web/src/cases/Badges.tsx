import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { codeLabel } from './codes';
import type { AccessStatus, CasePart, CaseStatus, ReferralStatus, TraffickingStatus } from './types';

const STATUS_COLOURS: Record<CaseStatus, string> = { active: 'teal', follow_up: 'indigo', closed: 'gray', closed_referred: 'gray' };
const TRAFFICKING_COLOURS: Record<TraffickingStatus, string> = { potential: 'gray', presumed: 'orange', identified: 'red', not_victim: 'gray' };
const REFERRAL_COLOURS: Record<ReferralStatus, string> = { sent: 'indigo', accepted: 'teal', declined: 'gray', completed: 'gray', withdrawn: 'gray' };
/** Badges keep their whole text in narrow table cells. */
const whole = { minWidth: 'max-content' } as const;

const ACCESS_COLOURS: Record<AccessStatus, string> = { requested: 'indigo', granted: 'teal', refused: 'gray', revoked: 'gray' };

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  const open = status === 'active' || status === 'follow_up';
  return (
    <Badge color={STATUS_COLOURS[status] ?? 'gray'} variant={open ? 'light' : 'outline'} tt="none" style={whole}>
      {codeLabel(t, 'status', status)}
    </Badge>
  );
}

export function TraffickingStatusBadge({ status }: { status: TraffickingStatus | null }) {
  const { t } = useTranslation();
  if (!status) return <span>—</span>;
  return (
    <Badge color={TRAFFICKING_COLOURS[status] ?? 'gray'} variant={status === 'not_victim' ? 'outline' : 'light'} tt="none" style={whole}>
      {codeLabel(t, 'traffickingStatus', status)}
    </Badge>
  );
}

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={REFERRAL_COLOURS[status] ?? 'gray'} variant={status === 'sent' || status === 'accepted' ? 'light' : 'outline'} tt="none" style={whole}>
      {codeLabel(t, 'referral', status)}
    </Badge>
  );
}

export function AccessStatusBadge({ status }: { status: AccessStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={ACCESS_COLOURS[status] ?? 'gray'} variant={status === 'requested' || status === 'granted' ? 'light' : 'outline'} tt="none" style={whole}>
      {codeLabel(t, 'access', status)}
    </Badge>
  );
}

export function EmergencyBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="filled" tt="none" style={whole}>
      {t('cases.emergency.badge')}
    </Badge>
  );
}

export function PartBadges({ parts }: { parts: readonly (CasePart | string)[] }) {
  const { t } = useTranslation();
  if (parts.length === 0) return <span>—</span>;
  return (
    <Group gap={4} wrap="wrap">
      {parts.map((part) => (
        <Badge key={part} color="indigo" variant="outline" tt="none" size="sm" style={whole}>
          {codeLabel(t, 'part', part)}
        </Badge>
      ))}
    </Group>
  );
}
