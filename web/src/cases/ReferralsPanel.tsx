import { Button, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';
import { DateText } from '../ui/DateText';
import { ProblemAlert } from '../ui/ProblemAlert';
import { caseReferralsQuery } from '../referrals/api';
import { referralCode, servicesText, Steps, Timing, UrgencyBadge } from '../referrals/display';
import { ReferralActions } from '../referrals/ReferralActions';
import { ReferralForm } from '../referrals/ReferralForm';
import { PartBadges, ReferralStatusBadge } from './Badges';
import { Section } from './layout';
import type { CaseDetail } from './types';

/** Referrals of the case to other bodies: what was asked, the parts they see while it is open, its steps and their times. */
export function ReferralsPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [adding, setAdding] = useState(false);
  const query = useQuery(caseReferralsQuery(detail.id));
  const items = query.data?.items;
  return (
    <Section
      id="referrals"
      title={t('cases.referral.title')}
      actions={
        detail.abilities.refer && (
          <Button size="xs" leftSection={<IconSend size={14} aria-hidden />} onClick={() => setAdding(true)}>
            {t('cases.referral.add')}
          </Button>
        )
      }
    >
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {!items && query.isPending && <Skeleton height={80} />}
      {items?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('cases.referral.none')}
        </Text>
      )}
      {items && items.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table fz="sm" verticalSpacing={6} aria-label={t('cases.referral.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cases.referral.sentAt')}</Table.Th>
                <Table.Th>{t('referrals.field.bodies')}</Table.Th>
                <Table.Th>{t('referrals.field.asked')}</Table.Th>
                <Table.Th>{t('cases.referral.reason')}</Table.Th>
                <Table.Th>{t('cases.referral.status')}</Table.Th>
                <Table.Th>{t('table.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((r) => (
                <Table.Tr key={r.id} data-testid={`referral-${r.id}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Stack gap={0}>
                      <DateText value={r.sentAt} withTime />
                      <Text size="xs" c="dimmed">
                        {r.sentBy}
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" span title={r.from.nameAz}>
                      {r.from.shortName}
                    </Text>
                    {' → '}
                    <Text size="sm" span fw={600} title={r.to.nameAz}>
                      {r.to.shortName}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      <UrgencyBadge urgency={r.urgency} />
                      <Text size="xs">{servicesText(t, r.services)}</Text>
                      <PartBadges parts={r.parts} />
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                        {r.reason}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {referralCode(t, 'basis', r.sharingBasis)}
                        {r.legalGround && `: ${r.legalGround}`}
                      </Text>
                      {r.declineReason && (
                        <Text size="xs" c="red.9">
                          {t('referrals.field.declineReason')}: {r.declineReason}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Group gap={4}>
                        <ReferralStatusBadge status={r.status} />
                      </Group>
                      <Timing referral={r} />
                      <Steps referral={r} />
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <ReferralActions referral={r} other={r.to.id === user.organisation.id ? r.from.shortName : r.to.shortName} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {adding && <ReferralForm detail={detail} onClose={() => setAdding(false)} />}
    </Section>
  );
}
