import { NativeSelect, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileDropzone } from '../ui/FileDropzone';
import { megabytes, useFileUpload } from '../ui/useFileUpload';
import { planListQuery } from './api';
import type { ImportPreview } from './importTypes';
import { ACCEPTED_EXTENSIONS, MAX_IMPORT_BYTES, uploadPlanDocument } from './upload';

interface ImportUploadProps {
  /** The plan chosen beforehand (from the plan's page); '' to recognise it automatically. */
  initialPlanId: string;
  onPreview: (preview: ImportPreview, planId: string) => void;
}

/** Step 1: choose the target plan, then pick or drop a file; it is sent at once and read by the server. */
export function ImportUpload({ initialPlanId, onPreview }: ImportUploadProps) {
  const { t } = useTranslation();
  const plans = useQuery(planListQuery);
  const [planId, setPlanId] = useState(initialPlanId);
  const tooLarge = useCallback(
    (file: File) => ({ title: t('plans.import.tooLargeTitle'), detail: t('plans.import.tooLarge', { size: megabytes(file.size), limit: megabytes(MAX_IMPORT_BYTES) }) }),
    [t],
  );
  const upload = useFileUpload({ maxBytes: MAX_IMPORT_BYTES, tooLarge });

  const start = async (chosen: File) => {
    const preview = await upload.run(chosen, (file, onProgress, signal) =>
      uploadPlanDocument({ file, planId: planId || undefined, onProgress, signal }),
    );
    if (preview) onPreview(preview, planId);
  };

  return (
    <Stack gap="md" maw={720}>
      <NativeSelect
        label={t('plans.import.target')}
        description={t('plans.import.targetHint')}
        value={planId}
        onChange={(e) => setPlanId(e.currentTarget.value)}
        disabled={upload.busy}
        data={[{ value: '', label: t('plans.import.targetAuto') }, ...(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))]}
      />
      <FileDropzone
        label={t('plans.import.file')}
        hint={t('plans.import.fileHint', { types: ACCEPTED_EXTENSIONS.join(', '), limit: megabytes(MAX_IMPORT_BYTES) })}
        accept={ACCEPTED_EXTENSIONS}
        file={upload.file}
        progress={upload.progress}
        error={upload.error}
        uploadingLabel={t('plans.import.uploading')}
        readingLabel={t('plans.import.reading')}
        onFile={(file) => void start(file)}
      />
    </Stack>
  );
}
