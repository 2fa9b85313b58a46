import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmButton } from '../ui/ConfirmButton';
import { DataTable, type Column } from '../ui/DataTable';
import { DateText } from '../ui/DateText';
import { ProblemAlert } from '../ui/ProblemAlert';
import { duplicatesQuery, useDecideDuplicate, useRefreshDuplicates, useUndoMerge } from './api';
import { CaseStatusBadge, TraffickingStatusBadge } from './Badges';
import { codeLabel } from './codes';
import { Section, SubTitle } from './layout';
import type { CaseDetail, PersonSummary } from './types';

/** A match score as a percentage, with a mark when a document or phone number matched exactly. */
export function Score({ summary }: { summary: Pick<PersonSummary, 'score' | 'exactKey'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="sm" fw={600}>
        {Math.round(summary.score * 100)}%
      </Text>
      {summary.exactKey && (
        <Badge color="red" variant="light" size="sm" tt="none">
          {t('cases.duplicates.exactKey')}
        </Badge>
      )}
    </Group>
  );
}

/** The reference, as a link when the caller can open the case. */
export function SummaryReference({ summary }: { summary: Pick<PersonSummary, 'caseId' | 'reference' | 'visible'> }) {
  return summary.visible ? (
    <Anchor component={Link} to={`/cases/${summary.caseId}`} size="sm" fw={600} ff="monospace">
      {summary.reference}
    </Anchor>
  ) : (
    <Text span size="sm" ff="monospace">
      {summary.reference}
    </Text>
  );
}

/** Columns of a minimal summary of a person the caller may not be able to read. */
export function useSummaryColumns(): Column<PersonSummary>[] {
  const { t } = useTranslation();
  return [
    { key: 'reference', header: t('cases.field.reference'), render: (s) => <SummaryReference summary={s} />, sortValue: (s) => s.reference, nowrap: true },
    { key: 'owner', header: t('cases.field.owner'), render: (s) => s.owner, sortValue: (s) => s.owner },
    { key: 'sex', header: t('cases.field.sex'), render: (s) => codeLabel(t, 'sex', s.sex), sortValue: (s) => s.sex, nowrap: true },
    { key: 'birthYear', header: t('cases.field.birthYear'), render: (s) => s.birthYear ?? '—', sortValue: (s) => s.birthYear, nowrap: true },
    { key: 'recordedYear', header: t('cases.field.recordedYear'), render: (s) => s.recordedYear, sortValue: (s) => s.recordedYear, nowrap: true },
    { key: 'traffickingStatus', header: t('cases.field.traffickingStatus'), render: (s) => <TraffickingStatusBadge status={s.traffickingStatus} />, sortValue: (s) => s.traffickingStatus, nowrap: true },
    { key: 'caseStatus', header: t('cases.field.status'), render: (s) => <CaseStatusBadge status={s.caseStatus} />, sortValue: (s) => s.caseStatus, nowrap: true },
    { key: 'score', header: t('cases.duplicates.score'), render: (s) => <Score summary={s} />, sortValue: (s) => s.score, nowrap: true },
  ];
}

/** Possible records of the same person by other bodies: merge (counted once), dismiss, undo a merge. */
export function DuplicatesPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const query = useQuery(duplicatesQuery(detail.id));
  const refresh = useRefreshDuplicates(detail.id);
  const decide = useDecideDuplicate(detail.id);
  const undo = useUndoMerge(detail.id);
  const summaryColumns = useSummaryColumns();

  const columns: Column<PersonSummary>[] = [
    ...summaryColumns,
    {
      key: 'actions',
      header: t('table.actions'),
      nowrap: true,
      render: (s) => (
        <Group gap={4} wrap="nowrap">
          <ConfirmButton
            label={t('cases.duplicates.merge')}
            title={t('cases.duplicates.mergeTitle', { reference: s.reference })}
            confirmLabel={t('cases.duplicates.merge')}
            buttonProps={{ size: 'compact-xs', variant: 'light', 'aria-label': t('cases.duplicates.mergeNamed', { reference: s.reference }) }}
            onConfirm={async () => {
              await decide.mutateAsync({ personId: s.personId, decision: 'merge' });
              notifications.show({ color: 'teal', message: t('cases.duplicates.merged', { reference: s.reference }) });
            }}
          >
            <Text size="sm">{t('cases.duplicates.mergeMessage', { reference: s.reference, owner: s.owner, score: Math.round(s.score * 100) })}</Text>
          </ConfirmButton>
          <ConfirmButton
            label={t('cases.duplicates.dismiss')}
            title={t('cases.duplicates.dismissTitle', { reference: s.reference })}
            confirmLabel={t('cases.duplicates.dismiss')}
            buttonProps={{ size: 'compact-xs', 'aria-label': t('cases.duplicates.dismissNamed', { reference: s.reference }) }}
            onConfirm={async () => {
              await decide.mutateAsync({ personId: s.personId, decision: 'dismiss' });
              notifications.show({ color: 'teal', message: t('cases.duplicates.dismissed', { reference: s.reference }) });
            }}
          >
            <Text size="sm">{t('cases.duplicates.dismissMessage')}</Text>
          </ConfirmButton>
        </Group>
      ),
    },
  ];

  const merges = query.data?.merges ?? [];
  return (
    <Section
      id="duplicates"
      title={t('cases.duplicates.title')}
      actions={
        <Button
          size="xs"
          variant="default"
          leftSection={<IconRefresh size={14} aria-hidden />}
          loading={refresh.isPending}
          onClick={() =>
            refresh.mutate(undefined, {
              onSuccess: (result) => notifications.show({ color: 'teal', message: t('cases.duplicates.found', { count: result.found }) }),
            })
          }
        >
          {t('cases.duplicates.refresh')}
        </Button>
      }
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('cases.duplicates.hint')}
        </Text>
        {refresh.isError && <ProblemAlert error={refresh.error} />}
        <DataTable
          caption={t('cases.duplicates.title')}
          columns={columns}
          rows={query.data?.candidates}
          rowKey={(s) => s.personId}
          loading={query.isFetching}
          error={query.error}
          onRetry={() => void query.refetch()}
          emptyTitle={t('cases.duplicates.none')}
          emptyDescription={t('cases.duplicates.noneHint')}
        />
        {merges.length > 0 && (
          <>
            <SubTitle>{t('cases.duplicates.merges')}</SubTitle>
            <Table fz="sm" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('cases.duplicates.mergedAt')}</Table.Th>
                  <Table.Th>{t('cases.duplicates.score')}</Table.Th>
                  <Table.Th>{t('cases.duplicates.undoneAt')}</Table.Th>
                  <Table.Th>{t('table.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {merges.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>
                      <DateText value={m.mergedAt} withTime />
                    </Table.Td>
                    <Table.Td>{Math.round(m.score * 100)}%</Table.Td>
                    <Table.Td>
                      <DateText value={m.undoneAt} withTime />
                    </Table.Td>
                    <Table.Td>
                      {!m.undoneAt && (
                        <ConfirmButton
                          label={t('cases.duplicates.undo')}
                          title={t('cases.duplicates.undoTitle')}
                          confirmLabel={t('cases.duplicates.undo')}
                          danger
                          buttonProps={{ size: 'compact-xs' }}
                          onConfirm={async () => {
                            await undo.mutateAsync(m.id);
                            notifications.show({ color: 'teal', message: t('cases.duplicates.undone') });
                          }}
                        >
                          <Text size="sm">{t('cases.duplicates.undoMessage')}</Text>
                        </ConfirmButton>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Section>
  );
}
