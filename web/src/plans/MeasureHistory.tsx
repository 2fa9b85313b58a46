import { Badge, Group, Stack, Table, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { translateIfKnown } from '../i18n/dynamic';
import { DateText } from '../ui/DateText';
import { changedFields, describeValue, type ChangedField } from './historyValue';
import type { Revision } from './types';
import { WordingCompare } from './WordingCompare';

function FieldChange({ change }: { change: ChangedField }) {
  const { t } = useTranslation();
  const roleLabel = (role: string) => translateIfKnown(`plans.role.${role}`) ?? role;
  const label = translateIfKnown(`plans.history.field.${change.field}`) ?? change.field;
  if (change.field === 'text' && typeof change.before === 'string' && typeof change.after === 'string') {
    return (
      <Stack gap={4}>
        <Text size="xs" fw={700}>
          {label}
        </Text>
        <WordingCompare before={change.before} after={change.after} beforeTitle={t('plans.history.before')} afterTitle={t('plans.history.after')} />
      </Stack>
    );
  }
  return (
    <Table withTableBorder={false} fz="sm" verticalSpacing={2} layout="fixed">
      <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 700 }}>{label}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('plans.history.before')}</Table.Th>
          <Table.Th>{t('plans.history.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Table.Tr>
          <Table.Td lang="az" style={{ verticalAlign: 'top' }}>
            {describeValue(change.before, roleLabel)}
          </Table.Td>
          <Table.Td lang="az" style={{ verticalAlign: 'top' }}>
            {describeValue(change.after, roleLabel)}
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

/** Every change of the measure: who, when, by what (edit, import, wording choice), before and after. */
export function MeasureHistory({ revisions }: { revisions: Revision[] }) {
  const { t } = useTranslation();
  if (revisions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('plans.history.none')}
      </Text>
    );
  }
  return (
    <Timeline bulletSize={14} lineWidth={2} active={revisions.length}>
      {revisions.map((revision) => (
        <Timeline.Item
          key={revision.id}
          title={
            <Group gap="xs">
              <Text size="sm" fw={600}>
                <DateText value={revision.at} withTime />
              </Text>
              <Badge size="sm" variant="light" tt="none">
                {t(`plans.history.source.${revision.source}`)}
              </Badge>
              <Text size="sm" c="dimmed">
                {revision.by ?? t('audit.system')}
              </Text>
            </Group>
          }
        >
          <Stack gap="xs" mt={4}>
            {revision.reason && (
              <Text size="sm">
                <Text span fw={600}>
                  {t('plans.edit.reason')}:
                </Text>{' '}
                {revision.reason}
              </Text>
            )}
            {changedFields(revision.before, revision.after).map((change) => (
              <FieldChange key={change.field} change={change} />
            ))}
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
