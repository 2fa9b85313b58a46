import { Anchor, Badge, Button, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DateText } from '../ui/DateText';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { checklistQuery, checklistVersionsQuery, type Checklist, type Indicator } from './api';
import { ChecklistEditor } from './ChecklistEditor';

const textIn = (indicator: Indicator, language: string) => indicator.text[(['az', 'ru', 'en'].includes(language) ? language : 'az') as 'az'];

function IndicatorsTable({ checklist }: { checklist: Checklist }) {
  const { t, i18n } = useTranslation();
  return (
    <Table striped withTableBorder data-testid="checklist-indicators">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={80}>{t('protection.checklists.code')}</Table.Th>
          <Table.Th w={150}>{t('protection.checklists.audience')}</Table.Th>
          <Table.Th>{t('protection.checklists.indicator')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {checklist.indicators.map((indicator) => (
          <Table.Tr key={indicator.code}>
            <Table.Td>{indicator.code}</Table.Td>
            <Table.Td>{t(`protection.checklists.audiences.${indicator.audience}`)}</Table.Td>
            <Table.Td>{textIn(indicator, i18n.language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The versions of the identification checklist; the special police unit's supervisor publishes a new one. */
export function ChecklistsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const versions = useQuery(checklistVersionsQuery);
  const list = versions.data?.versions ?? [];
  const current = list.find((v) => v.current);
  const shownId = params.get('version') ?? current?.id ?? '';
  const shown = useQuery({ ...checklistQuery(shownId), enabled: Boolean(shownId) });
  const currentChecklist = useQuery({ ...checklistQuery(current?.id ?? ''), enabled: Boolean(current) });
  const [editing, setEditing] = useState(false);
  const show = (id: string) => setParams((prev) => { const next = new URLSearchParams(prev); next.set('version', id); return next; }, { replace: true });
  return (
    <Stack gap="md" maw={1280}>
      <PageHeader title={t('protection.checklists.title')}
        actions={versions.data?.abilities.publishChecklist && currentChecklist.data && !editing && (
          <Button leftSection={<IconCopy size={16} aria-hidden />} onClick={() => setEditing(true)}>{t('protection.checklists.prepare')}</Button>
        )} />
      <Text size="sm" c="dimmed">{t('protection.checklists.intro')}</Text>
      {versions.isError && <ProblemAlert error={versions.error} onRetry={() => void versions.refetch()} />}
      {versions.isPending && <Skeleton height={120} />}
      {editing && currentChecklist.data && <ChecklistEditor current={currentChecklist.data} onDone={() => setEditing(false)} />}
      {list.length > 0 && (
        <Table striped highlightOnHover withTableBorder data-testid="checklist-versions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>{t('protection.checklists.version')}</Table.Th>
              <Table.Th>{t('protection.checklists.versionTitle')}</Table.Th>
              <Table.Th>{t('protection.checklists.publishedOn')}</Table.Th>
              <Table.Th>{t('protection.checklists.publishedBy')}</Table.Th>
              <Table.Th>{t('protection.checklists.indicators')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((v) => (
              <Table.Tr key={v.id} aria-current={v.id === shownId ? 'true' : undefined} bg={v.id === shownId ? 'var(--mantine-color-blue-light)' : undefined}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Anchor component="button" type="button" onClick={() => show(v.id)} aria-label={t('protection.checklists.show', { version: v.version })}>{v.version}</Anchor>
                    {v.current && <Badge size="sm" color="teal" variant="light" tt="none">{t('protection.checklists.current')}</Badge>}
                  </Group>
                </Table.Td>
                <Table.Td>{v.title}</Table.Td>
                <Table.Td><DateText value={v.publishedOn} /></Table.Td>
                <Table.Td>{v.publishedBy ?? '—'}</Table.Td>
                <Table.Td>{v.indicators}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {shown.isError && <ProblemAlert error={shown.error} />}
      {shown.data && (
        <Stack gap="xs">
          <Text fw={700}>{t('protection.checklists.showing', { version: shown.data.version, title: shown.data.title })}</Text>
          <IndicatorsTable checklist={shown.data} />
        </Stack>
      )}
    </Stack>
  );
}
