import { Button, Group, List, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { translateIfKnown } from '../i18n/dynamic';
import { ProblemAlert } from '../ui/ProblemAlert';
import { EXPORT_URL, exportReportQuery } from './api';

/** The download of the de-identified case-level export, as a button (shown only when the server allows it). */
export function ExportButton() {
  const { t } = useTranslation();
  return (
    <Button component="a" href={EXPORT_URL} download variant="default" leftSection={<IconFileSpreadsheet size={16} aria-hidden />}>
      {t('statistics.export.download')}
    </Button>
  );
}

/** What the export holds: how many people, how coarsely, how many were left out. */
export function ExportPanel() {
  const { t } = useTranslation();
  const query = useQuery(exportReportQuery());
  const report = query.data;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="statistics-export">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h5" id="statistics-export">
            {t('statistics.export.title')}
          </Title>
          <ExportButton />
        </Group>
        <Text size="sm">{t('statistics.export.description')}</Text>
        {query.isError && !report && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
        {!report && !query.isError && <Skeleton height={60} aria-label={t('common.loading')} />}
        {report &&
          (report.exported === 0 ? (
            <Text size="sm" c="dimmed">
              {t('statistics.export.nothing', { k: report.k, records: report.records })}
            </Text>
          ) : (
            <>
              <Text size="sm">
                {t('statistics.export.summary', { exported: report.exported, records: report.records, k: report.k, suppressed: report.suppressedRecords })}
              </Text>
              <List size="sm">
                {report.generalisation.map((g) => (
                  <List.Item key={g.column}>
                    <code>{g.column}</code>: {translateIfKnown(`statistics.export.level.${g.name}`) ?? g.name}
                  </List.Item>
                ))}
              </List>
            </>
          ))}
      </Stack>
    </Paper>
  );
}
