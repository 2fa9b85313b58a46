import { Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../app/api';
import { MAX_IMPORT_BYTES } from '../plans/upload';
import { trimCode } from '../plans/format';
import { ProblemAlert } from '../ui/ProblemAlert';
import { uploadFile } from '../ui/upload';
import { megabytes, useFileUpload } from '../ui/useFileUpload';
import { allEntriesQuery, reportKeys } from './api';
import type { Attachment } from './types';

/** The import's answers after which the file is better kept whole: nothing to split it by, or a kind it cannot read. */
export const offersAttachWhole = (error: unknown) => isApiError(error, 'REPORT_NO_ENTRIES') || isApiError(error, 'IMPORT_UNSUPPORTED_FORMAT');

const shorten = (text: string, length = 110) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);

/**
 * A report file that cannot be split by sub-items, kept as it is: the person picks one of the
 * body's editable entries of the period and the same file is attached to it, in one step.
 */
export function AttachWholeFile({ periodId, file }: { periodId: string; file: File }) {
  const { t } = useTranslation();
  const titleId = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const mine = useQuery(allEntriesQuery({ periodId, mine: true }));
  const editable = (mine.data ?? []).filter((e) => e.abilities.edit);
  const [entryId, setEntryId] = useState<string | null>(null);
  const tooLarge = useCallback(
    (chosen: File) => ({ title: t('reports.import.tooLargeTitle'), detail: t('reports.import.tooLarge', { size: megabytes(chosen.size), limit: megabytes(MAX_IMPORT_BYTES) }) }),
    [t],
  );
  const upload = useFileUpload({ maxBytes: MAX_IMPORT_BYTES, tooLarge });

  const attach = async () => {
    const entry = editable.find((e) => e.id === entryId);
    if (!entry) return;
    const search = new URLSearchParams({ periodId, entryId: entry.id, fileName: file.name });
    const added = await upload.run(file, (chosen, onProgress, signal) => uploadFile<Attachment>({ url: `/api/report-imports/attach?${search.toString()}`, file: chosen, onProgress, signal }));
    if (!added) return;
    notifications.show({ color: 'teal', message: t('reports.import.attachWhole.done', { name: added.fileName, code: trimCode(entry.measure.code) }) });
    await queryClient.invalidateQueries({ queryKey: reportKeys.all });
    void navigate(`/report-entries/${entry.id}`);
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={titleId} maw={720}>
      <Stack gap="sm">
        <Title order={2} size="h5" id={titleId}>
          {t('reports.import.attachWhole.title')}
        </Title>
        <Text size="sm">{t('reports.import.attachWhole.intro', { name: file.name })}</Text>
        {mine.isError && <ProblemAlert error={mine.error} onRetry={() => void mine.refetch()} />}
        {mine.data && editable.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('reports.import.attachWhole.noEntries')}
          </Text>
        ) : (
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t('reports.import.attachWhole.measure')}
              placeholder={t('reports.import.attachWhole.placeholder')}
              data={editable.map((e) => ({ value: e.id, label: `${trimCode(e.measure.code)}. ${shorten(e.measure.text)}` }))}
              value={entryId}
              onChange={setEntryId}
              searchable
              disabled={!mine.data || upload.busy}
              nothingFoundMessage={t('reports.import.attachWhole.nothingFound')}
              w={{ base: '100%', sm: 460 }}
              lang="az"
            />
            <Button leftSection={<IconPaperclip size={16} aria-hidden />} onClick={() => void attach()} loading={upload.busy} disabled={!entryId}>
              {t('reports.import.attachWhole.button')}
            </Button>
          </Group>
        )}
        {upload.error !== null && <ProblemAlert error={upload.error} />}
      </Stack>
    </Card>
  );
}
