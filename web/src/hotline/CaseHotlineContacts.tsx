import { Anchor, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '../cases/layout';
import { DateText } from '../ui/DateText';
import { caseContactsQuery } from './api';
import { formatDuration, hotlineLabel } from './codes';
import { OutcomeText, RiskBadges } from './ContactsTable';

/**
 * The hotline contacts that belong to a case, for those who see them (the hotline body, and the
 * special police unit): when, how, what about and how each ended. The notes stay with the hotline.
 * Shown only when there is something to show.
 */
export function CaseHotlineContacts({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const query = useQuery(caseContactsQuery(caseId));
  const items = query.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Section id="hotline-contacts" title={t('hotline.case.title', { count: String(items.length) })}>
      {!query.data?.notesPart && (
        <Text size="xs" c="dimmed" mb="xs">
          {t('hotline.case.notesElsewhere')}
        </Text>
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table fz="sm" verticalSpacing={6} aria-labelledby="hotline-contacts-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('hotline.field.reference')}</Table.Th>
              <Table.Th>{t('hotline.form.startedAt')}</Table.Th>
              <Table.Th>{t('hotline.field.channel')}</Table.Th>
              <Table.Th>{t('hotline.field.category')}</Table.Th>
              <Table.Th>{t('hotline.field.outcome')}</Table.Th>
              <Table.Th>{t('hotline.referrals.title')}</Table.Th>
              <Table.Th>{t('hotline.field.operator')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  {c.openable ? (
                    <Anchor component={Link} to={`/hotline/contacts/${c.id}`} size="sm" ff="monospace">
                      {c.reference}
                    </Anchor>
                  ) : (
                    <Text size="sm" ff="monospace">
                      {c.reference}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <DateText value={c.startedAt} withTime />
                  {c.durationSeconds !== null && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({formatDuration(c.durationSeconds)})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{hotlineLabel(t, 'channel', c.channel)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{hotlineLabel(t, 'category', c.category)}</Text>
                  <RiskBadges flags={c.riskFlags} />
                </Table.Td>
                <Table.Td>
                  <OutcomeText outcome={c.outcome} />
                </Table.Td>
                <Table.Td>{c.referrals.length ? c.referrals.map((r) => r.toOrg).join(', ') : '—'}</Table.Td>
                <Table.Td>
                  {c.operator.fullName}
                  <Text span size="xs" c="dimmed">
                    {' '}
                    · {c.body.shortName}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}
