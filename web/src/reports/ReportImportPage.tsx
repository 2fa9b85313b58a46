import { Anchor, Breadcrumbs, Stack, Stepper, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ACCEPTED_EXTENSIONS, MAX_IMPORT_BYTES } from '../plans/upload';
import { FileDropzone } from '../ui/FileDropzone';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { uploadFile } from '../ui/upload';
import { megabytes, useFileUpload } from '../ui/useFileUpload';
import { periodQuery } from './api';
import { AttachWholeFile, offersAttachWhole } from './AttachWholeFile';
import { periodLabel } from './format';
import { ImportPreviewView } from './ImportPreviewView';
import type { ReportImportPreview } from './types';

/** Bring in a report written outside the system: upload → preview → confirm. Nothing is saved before the confirmation. */
export function ReportImportPage() {
  const { t } = useTranslation();
  const { periodId = '' } = useParams();
  const period = useQuery(periodQuery(periodId));
  const [preview, setPreview] = useState<ReportImportPreview | null>(null);
  const tooLarge = useCallback(
    (file: File) => ({ title: t('reports.import.tooLargeTitle'), detail: t('reports.import.tooLarge', { size: megabytes(file.size), limit: megabytes(MAX_IMPORT_BYTES) }) }),
    [t],
  );
  const upload = useFileUpload({ maxBytes: MAX_IMPORT_BYTES, tooLarge });

  const start = async (chosen: File) => {
    const search = new URLSearchParams({ periodId, fileName: chosen.name });
    const result = await upload.run(chosen, (file, onProgress, signal) =>
      uploadFile<ReportImportPreview>({ url: `/api/report-imports?${search.toString()}`, file, onProgress, signal }),
    );
    if (result) setPreview(result);
  };

  if (period.isError && !period.data) return <ProblemAlert error={period.error} onRetry={() => void period.refetch()} />;
  const label = period.data ? periodLabel(t, period.data) : '';

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/reports" size="sm">
          {t('nav.reports')}
        </Anchor>
        <Anchor component={Link} to={`/reports/${periodId}`} size="sm">
          {label || t('reports.period.label')}
        </Anchor>
        <Text size="sm">{t('reports.import.title')}</Text>
      </Breadcrumbs>
      <PageHeader title={t('reports.import.title')} />
      <Stepper active={preview ? 1 : 0} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('reports.import.stepUpload')} />
        <Stepper.Step label={t('reports.import.stepPreview')} />
      </Stepper>
      {preview ? (
        <ImportPreviewView periodId={periodId} preview={preview} file={upload.file} onAnother={() => setPreview(null)} />
      ) : (
        <Stack gap="md" maw={720}>
          <Text size="sm">{t('reports.import.intro')}</Text>
          <FileDropzone
            label={t('reports.import.file')}
            hint={t('reports.import.fileHint', { types: ACCEPTED_EXTENSIONS.join(', '), limit: megabytes(MAX_IMPORT_BYTES) })}
            accept={ACCEPTED_EXTENSIONS}
            file={upload.file}
            progress={upload.progress}
            error={upload.error}
            uploadingLabel={t('reports.import.uploading')}
            readingLabel={t('reports.import.reading')}
            onFile={(file) => void start(file)}
          />
          {upload.file && !upload.busy && offersAttachWhole(upload.error) && <AttachWholeFile key={`${upload.file.name}/${upload.file.lastModified}`} periodId={periodId} file={upload.file} />}
        </Stack>
      )}
    </Stack>
  );
}
