import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useMoveReferral } from './api';
import { currentStatusOf, referralCode } from './display';
import type { ReferralMove, ReferralRecord } from './types';

/** Told that someone else acted first: what the referral is now; the list behind is already read again. */
function ChangedNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const status = currentStatusOf(error);
  if (!isApiError(error, 'REFERRAL_CHANGED') && !isApiError(error, 'REFERRAL_STATE')) return <ProblemAlert error={error} />;
  return (
    <Alert color="orange" variant="light" role="alert" data-testid="referral-changed" p="xs">
      <Text size="sm" fw={600}>
        {error.problem.title}
      </Text>
      {status && (
        <Text size="sm">
          {t('referrals.changed.now', { status: referralCode(t, 'status', status) })}
        </Text>
      )}
    </Alert>
  );
}

/**
 * The steps the caller's body may take on a referral: the receiver accepts, declines (with a
 * reason) or completes; the sender withdraws. Each is decided on the state shown: if someone else
 * moved the referral meanwhile, nothing happens and the person is told what it is now.
 */
export function ReferralActions({ referral, other }: { referral: ReferralRecord; other: string }) {
  const { t } = useTranslation();
  const move = useMoveReferral();
  const [reason, setReason] = useState('');
  if (referral.moves.length === 0) return null;
  const named = { reference: referral.caseReference, body: other };
  const run = (status: ReferralMove, extra: { reason?: string } = {}) =>
    move.mutateAsync({ referralId: referral.id, status, expected: referral.status, ...extra }).then(() =>
      notifications.show({ color: 'teal', message: t(`referrals.moved.${status}`, named) }),
    );
  return (
    <Stack gap={4}>
      <Group gap={4} wrap="wrap">
        {referral.moves.map((status) => {
          if (status === 'accepted') {
            return (
              <Button
                key={status}
                size="compact-xs"
                loading={move.isPending && move.variables?.status === 'accepted'}
                aria-label={t('referrals.do.acceptedNamed', named)}
                onClick={() => void run(status).catch(() => undefined)}
              >
                {t('referrals.do.accepted')}
              </Button>
            );
          }
          const declining = status === 'declined';
          return (
            <ConfirmButton
              key={status}
              label={t(`referrals.do.${status}`)}
              title={t(`referrals.confirm.${status}.title`, named)}
              confirmLabel={t(`referrals.do.${status}`)}
              danger={status !== 'completed'}
              buttonProps={{ size: 'compact-xs', 'aria-label': t(`referrals.do.${status}Named`, named) }}
              onOpen={() => setReason('')}
              confirmDisabled={declining && !reason.trim()}
              fields={declining ? ['reason'] : []}
              onConfirm={() => run(status, declining ? { reason: reason.trim() } : {})}
            >
              <Text size="sm">{t(`referrals.confirm.${status}.message`, named)}</Text>
              {declining && (
                <Textarea
                  label={t('referrals.field.declineReason')}
                  description={t('referrals.field.declineReasonHint')}
                  value={reason}
                  onChange={(e) => setReason(e.currentTarget.value)}
                  required
                  autosize
                  minRows={3}
                  maxLength={2000}
                  data-autofocus
                />
              )}
            </ConfirmButton>
          );
        })}
      </Group>
      {move.isError && move.variables?.status === 'accepted' && <ChangedNotice error={move.error} />}
    </Stack>
  );
}
