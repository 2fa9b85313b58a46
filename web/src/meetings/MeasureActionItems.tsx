import { Skeleton, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../ui/ProblemAlert';
import { measureActionItemsQuery } from './api';
import { ActionItemsTable } from './ActionItemsTable';

/** Action items of meetings' decisions on this measure (through their agenda item), as far as the reader may see them. */
export function MeasureActionItems({ measureId }: { measureId: string }) {
  const { t } = useTranslation();
  const query = useQuery(measureActionItemsQuery(measureId));
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton height={60} />;
  if (query.data.items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('meetings.actionItems.measureNone')}
      </Text>
    );
  }
  return (
    <ActionItemsTable
      caption={t('meetings.actionItems.measureSection')}
      rows={query.data.items}
      loading={query.isFetching}
      error={null}
      emptyTitle={t('meetings.actionItems.measureNone')}
      withSource
    />
  );
}
