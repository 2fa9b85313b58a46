import { Anchor, Group, Paper, SegmentedControl, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { codeLabel } from '../cases/codes';
import { DateText } from '../ui/DateText';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { handoverQuery } from './api';
import { CallbackList } from './CallbackList';
import { hotlineLabel } from './codes';
import { ContactsTable } from './ContactsTable';

const SHIFTS = ['8', '12', '24'] as const;

/**
 * The shift handover: what the next shift takes over — callbacks due (overdue first), contacts
 * still without an outcome, and the referrals sent during the shift that ends. The shift's length
 * is in the address.
 */
export function HandoverPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const hours = (SHIFTS as readonly string[]).includes(params.get('hours') ?? '') ? Number(params.get('hours')) : 12;
  const query = useQuery(handoverQuery(hours));
  const data = query.data;
  const setHours = (value: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value === '12') next.delete('hours');
      else next.set('hours', value);
      return next;
    });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('hotline.handover.title')}
        actions={
          <Group gap="xs">
            <Text size="sm" id="shift-length">
              {t('hotline.handover.shift')}
            </Text>
            <SegmentedControl aria-labelledby="shift-length" value={String(hours)} onChange={setHours} data={SHIFTS.map((h) => ({ value: h, label: t('hotline.handover.hours', { hours: h }) }))} />
          </Group>
        }
      />
      {query.isError && !data && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {!data && !query.isError && <Skeleton height={300} />}
      {data && (
        <>
          <Text size="sm" c="dimmed">
            {t('hotline.handover.summary', { count: String(data.contactsInShift) })} <DateText value={data.since} withTime /> — <DateText value={new Date().toISOString()} withTime />
          </Text>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="handover-callbacks">
            <Title order={2} size="h4" id="handover-callbacks" mb="sm">
              {t('hotline.handover.callbacks', { count: String(data.callbacks.length) })}
            </Title>
            <CallbackList items={data.callbacks} caption={t('hotline.handover.callbacks', { count: String(data.callbacks.length) })} />
          </Paper>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="handover-open">
            <Title order={2} size="h4" id="handover-open" mb="sm">
              {t('hotline.handover.open', { count: String(data.openContactsTotal) })}
            </Title>
            <ContactsTable caption={t('hotline.handover.open', { count: String(data.openContactsTotal) })} rows={data.openContacts} loading={false} error={null} emptyTitle={t('hotline.handover.noneOpen')} />
          </Paper>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="handover-referrals">
            <Title order={2} size="h4" id="handover-referrals" mb="sm">
              {t('hotline.handover.referrals', { count: String(data.referrals.length) })}
            </Title>
            {data.referrals.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('hotline.referrals.none')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={640}>
                <Table fz="sm" verticalSpacing={6} aria-label={t('hotline.handover.referrals', { count: String(data.referrals.length) })}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('hotline.referrals.at')}</Table.Th>
                      <Table.Th>{t('hotline.field.contact')}</Table.Th>
                      <Table.Th>{t('hotline.field.category')}</Table.Th>
                      <Table.Th>{t('hotline.referrals.to')}</Table.Th>
                      <Table.Th>{t('hotline.field.case')}</Table.Th>
                      <Table.Th>{t('hotline.referrals.status')}</Table.Th>
                      <Table.Th>{t('hotline.referrals.by')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.referrals.map((r) => (
                      <Table.Tr key={r.id}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <DateText value={r.createdAt} withTime />
                        </Table.Td>
                        <Table.Td>
                          <Anchor component={Link} to={`/hotline/contacts/${r.contact.id}`} size="sm" ff="monospace">
                            {r.contact.reference}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{hotlineLabel(t, 'category', r.category)}</Table.Td>
                        <Table.Td>{r.toOrg}</Table.Td>
                        <Table.Td>
                          {r.case ? (
                            <Anchor component={Link} to={`/cases/${r.case.id}`} size="sm" ff="monospace">
                              {r.case.reference}
                            </Anchor>
                          ) : (
                            '—'
                          )}
                        </Table.Td>
                        <Table.Td>{codeLabel(t, 'referral', r.status)}</Table.Td>
                        <Table.Td>{r.by}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Paper>
        </>
      )}
    </Stack>
  );
}
