import { Badge, Button, Card, Checkbox, Group, List, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { trimCode } from '../plans/format';
import { ProblemAlert } from '../ui/ProblemAlert';
import { allEntriesQuery, useApplyImport } from './api';
import { activityColumns, figureColumns, ReadTable } from './ContentTables';
import { AttachWholeFile } from './AttachWholeFile';
import { applyItems, includedByDefault } from './importApply';
import { ImportWarnings } from './ImportWarnings';
import { NarrativeView } from './NarrativeView';
import type { EntrySummary, ImportedBlock, ReportImportPreview } from './types';

interface BlockCardProps {
  block: ImportedBlock;
  index: number;
  included: boolean;
  onToggle: (included: boolean) => void;
  entries: Map<string, EntrySummary>;
}

function BlockCard({ block, index, included, onToggle, entries }: BlockCardProps) {
  const { t } = useTranslation();
  const mine = block.entryIds.length > 0;
  const headingId = `import-block-${index}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId} data-included={included || undefined}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h5" id={headingId} lang="az">
            {block.heading}
          </Title>
          <Checkbox label={t('reports.import.include')} aria-label={t('reports.import.includeNamed', { heading: block.heading })} checked={included} disabled={!mine} onChange={(e) => onToggle(e.currentTarget.checked)} />
        </Group>
        <Group gap={6}>
          <Text size="sm" fw={600}>
            {t('reports.import.measures')}:
          </Text>
          {block.measures.map((code) => (
            <Badge key={code} variant="outline" tt="none">
              {trimCode(code)}
            </Badge>
          ))}
          {mine ? (
            block.entryIds.map((id) => (
              <Badge key={id} color="teal" variant="light" tt="none">
                {t('reports.import.mappedTo', { code: entries.get(id) ? trimCode(entries.get(id)!.measure.code) : '…' })}
              </Badge>
            ))
          ) : (
            <Badge color="orange" variant="light" tt="none">
              {t('reports.import.notMine')}
            </Badge>
          )}
        </Group>
        <NarrativeView text={block.text} />
        {block.activities.length > 0 && <ReadTable title={t('reports.activities.title')} rows={block.activities} columns={activityColumns(t)} emptyText="" />}
        {block.figures.length > 0 && <ReadTable title={t('reports.figures.title')} rows={block.figures} columns={figureColumns(t)} emptyText="" />}
      </Stack>
    </Card>
  );
}

interface ImportPreviewViewProps {
  periodId: string;
  preview: ReportImportPreview;
  /** The uploaded file: kept whole on a chosen entry when none of its parts is the body's. */
  file?: File | null;
  onAnother: () => void;
}

/** What the file holds, block by block, mapped to the body's entries; confirm writes the ticked ones as drafts. */
export function ImportPreviewView({ periodId, preview, file, onAnother }: ImportPreviewViewProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mine = useQuery(allEntriesQuery({ periodId, mine: true }));
  const entries = new Map((mine.data ?? []).map((e) => [e.id, e]));
  const [included, setIncluded] = useState(() => includedByDefault(preview.items));
  const apply = useApplyImport();
  const items = applyItems(preview.items, included);

  const toggle = (index: number, on: boolean) =>
    setIncluded((prev) => {
      const next = new Set(prev);
      if (on) next.add(index);
      else next.delete(index);
      return next;
    });
  const confirm = () =>
    apply.mutate(
      { periodId, items },
      {
        onSuccess: ({ updated }) => {
          notifications.show({ color: 'teal', message: t('reports.import.done', { count: updated }) });
          void navigate(`/reports/${periodId}`);
        },
      },
    );

  return (
    <Stack gap="md">
      <ImportWarnings warnings={preview.warnings} />
      <Text size="sm">{t('reports.import.summary', { recognised: preview.items.length, selected: included.size })}</Text>
      {preview.items.map((block, index) => (
        <BlockCard key={index} block={block} index={index} included={included.has(index)} onToggle={(on) => toggle(index, on)} entries={entries} />
      ))}
      {preview.unmatched.length > 0 && (
        <Card withBorder padding="md" component="section">
          <Title order={2} size="h5" mb="xs">
            {t('reports.import.unmatched')}
          </Title>
          <List size="sm" lang="az">
            {preview.unmatched.map((u, i) => (
              <List.Item key={i}>
                {u.heading}
                {u.measures.some((code) => !u.heading.includes(trimCode(code))) && ` (${u.measures.map(trimCode).join(', ')})`}
              </List.Item>
            ))}
          </List>
        </Card>
      )}
      {preview.items.length === 0 && file && <AttachWholeFile periodId={periodId} file={file} />}
      <Text size="sm" c="dimmed">
        {t('reports.import.replaceNote', { count: items.length })}
      </Text>
      {apply.isError && <ProblemAlert error={apply.error} />}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onAnother}>
          {t('reports.import.another')}
        </Button>
        <Button onClick={confirm} loading={apply.isPending} disabled={items.length === 0}>
          {t('reports.import.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
