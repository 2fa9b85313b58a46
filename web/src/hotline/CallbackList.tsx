import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '../ui/DateText';
import { useCloseCallback } from './api';
import { hotlineLabel } from './codes';
import type { Callback } from './types';
import { ProblemAlert } from '../ui/ProblemAlert';

/** Callbacks with their due times, overdue ones marked; open ones can be closed as done or not done. */
export function CallbackList({ items, caption, showContact = true }: { items: Callback[]; caption: string; showContact?: boolean }) {
  const { t } = useTranslation();
  const close = useCloseCallback();
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('hotline.callback.none')}
      </Text>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={520}>
        <Table fz="sm" verticalSpacing={6} aria-label={caption}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('hotline.callback.due')}</Table.Th>
              {showContact && <Table.Th>{t('hotline.field.contact')}</Table.Th>}
              <Table.Th>{t('hotline.callback.assignee')}</Table.Th>
              <Table.Th>{t('hotline.callback.note')}</Table.Th>
              <Table.Th>{t('table.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <DateText value={c.dueAt} withTime />{' '}
                  {c.overdue && (
                    <Badge color="red" size="xs">
                      {t('hotline.callback.overdue')}
                    </Badge>
                  )}
                </Table.Td>
                {showContact && (
                  <Table.Td>
                    <Anchor component={Link} to={`/hotline/contacts/${c.contact.id}`} size="sm" ff="monospace">
                      {c.contact.reference}
                    </Anchor>{' '}
                    <Text span size="xs" c="dimmed">
                      {hotlineLabel(t, 'category', c.contact.category)}
                    </Text>
                  </Table.Td>
                )}
                <Table.Td>{c.assignedTo?.fullName ?? t('hotline.callback.anyone')}</Table.Td>
                <Table.Td>{c.note ?? '—'}</Table.Td>
                <Table.Td>
                  {c.status === 'open' ? (
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-xs" variant="light" color="teal" loading={close.isPending} onClick={() => close.mutate({ id: c.id, status: 'done' })} aria-label={t('hotline.callback.doneNamed', { reference: c.contact.reference })}>
                        {t('hotline.callback.done')}
                      </Button>
                      <Button size="compact-xs" variant="default" loading={close.isPending} onClick={() => close.mutate({ id: c.id, status: 'not_done' })}>
                        {t('hotline.callback.notDone')}
                      </Button>
                    </Group>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {t(`hotline.callback.status.${c.status}`)} {c.closedBy ? `· ${c.closedBy}` : ''}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {close.isError && <ProblemAlert error={close.error} />}
    </>
  );
}
