import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconAlarm, IconClockCheck } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../common/src/dates';
import { ApiError } from '../app/api';
import { DateText } from '../ui/DateText';
import type { ReferralRecord, ReferralStatus } from './types';

/** The label of a referral code (`referrals.code.<group>.<code>`); the code itself when there is none. */
export function referralCode(t: TFunction, group: 'urgency' | 'service' | 'basis' | 'status' | 'box', code: string): string {
  // A referral's states are labelled with the case's codes, where the case page's badges read them.
  const key = group === 'status' ? `cases.code.referral.${code}` : `referrals.code.${group}.${code}`;
  const text = t(key as never, { defaultValue: code } as never) as unknown;
  return typeof text === 'string' ? text : code;
}

/** Services asked for, as one readable list ("legal_aid,interpreter" as the tasks and timeline send them, or a list). */
export function servicesText(t: TFunction, services: readonly string[] | string | null | undefined): string {
  const list = typeof services === 'string' ? services.split(',').filter(Boolean) : (services ?? []);
  return list.length ? list.map((s) => referralCode(t, 'service', s)).join(', ') : '—';
}

/** A span of time as people say it: "45 min", "2 h 15 min", "3 d 4 h". */
export function formatMinutes(t: TFunction, minutes: number): string {
  const m = Math.max(0, Math.floor(minutes));
  if (m < 60) return t('referrals.duration.minutes', { m: String(m) });
  const h = Math.floor(m / 60);
  if (h < 24) return t('referrals.duration.hours', { h: String(h), m: String(m % 60) });
  return t('referrals.duration.days', { d: String(Math.floor(h / 24)), h: String(h % 24) });
}

export function UrgencyBadge({ urgency }: { urgency: string }) {
  const { t } = useTranslation();
  if (urgency !== 'urgent') return null;
  return (
    <Badge color="red" variant="light" tt="none" style={{ minWidth: 'max-content' }}>
      {referralCode(t, 'urgency', urgency)}
    </Badge>
  );
}

/** How long acceptance took, or how long it has waited and by when the special police unit must accept it. */
export function Timing({ referral }: { referral: ReferralRecord }) {
  const { t } = useTranslation();
  if (referral.minutesToAcceptance !== null) {
    return (
      <Group gap={4} wrap="nowrap" data-testid="time-to-acceptance">
        <IconClockCheck size={14} aria-hidden />
        <Text size="xs" c={referral.acceptedInTime === false ? 'red.9' : 'dimmed'}>
          {t('referrals.timing.acceptedAfter', { duration: formatMinutes(t, referral.minutesToAcceptance) })}
          {referral.acceptedInTime === false && ` — ${t('referrals.timing.late')}`}
        </Text>
      </Group>
    );
  }
  if (referral.status !== 'sent') return null;
  const waited = (Date.now() - Date.parse(referral.sentAt)) / 60_000;
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {t('referrals.timing.waiting', { duration: formatMinutes(t, waited) })}
      </Text>
      {referral.acceptBy && (
        <Group gap={4} wrap="nowrap">
          {referral.overdue && <IconAlarm size={14} color="var(--mantine-color-red-8)" aria-hidden />}
          <Text size="xs" c={referral.overdue ? 'red.9' : 'dimmed'} fw={referral.overdue ? 700 : undefined}>
            {referral.overdue ? t('referrals.timing.overdue', { at: formatDateTime(referral.acceptBy) }) : t('referrals.timing.acceptBy', { at: formatDateTime(referral.acceptBy) })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}

/** The steps taken: accepted, closed, and by whom. */
export function Steps({ referral }: { referral: ReferralRecord }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      {referral.acceptedAt && (
        <Text size="xs" c="dimmed">
          {t('referrals.steps.accepted', { who: referral.acceptedBy ?? '—' })} <DateText value={referral.acceptedAt} withTime />
        </Text>
      )}
      {referral.closedAt && (
        <Text size="xs" c="dimmed">
          {String(t(`referrals.steps.${referral.status}` as never, { who: referral.closedBy ?? '—' } as never))} <DateText value={referral.closedAt} withTime />
        </Text>
      )}
    </Stack>
  );
}

/** The state a referral is in now, when a step was refused because someone else acted first. */
export function currentStatusOf(error: unknown): ReferralStatus | null {
  if (!(error instanceof ApiError)) return null;
  const status = (error.problem as { currentStatus?: unknown }).currentStatus;
  return typeof status === 'string' ? (status as ReferralStatus) : null;
}
