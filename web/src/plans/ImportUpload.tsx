import { Group, NativeSelect, Progress, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api';
import { ProblemAlert } from '../ui/ProblemAlert';
import { planListQuery } from './api';
import type { ImportPreview } from './importTypes';
import classes from './plans.module.css';
import { ACCEPTED_EXTENSIONS, MAX_IMPORT_BYTES, uploadPlanDocument } from './upload';

interface ImportUploadProps {
  /** The plan chosen beforehand (from the plan's page); '' to recognise it automatically. */
  initialPlanId: string;
  onPreview: (preview: ImportPreview, planId: string) => void;
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** Step 1: choose the target plan, then pick or drop a file; it is sent at once and read by the server. */
export function ImportUpload({ initialPlanId, onPreview }: ImportUploadProps) {
  const { t } = useTranslation();
  const ids = { title: useId(), hint: useId(), input: useId() };
  const plans = useQuery(planListQuery);
  const [planId, setPlanId] = useState(initialPlanId);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [dragging, setDragging] = useState(false);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  const busy = progress !== null;

  const start = async (chosen: File) => {
    setFile(chosen);
    setError(null);
    if (chosen.size > MAX_IMPORT_BYTES) {
      setError(new ApiError({ status: 413, code: 'PAYLOAD_TOO_LARGE', title: t('plans.import.tooLargeTitle'), detail: t('plans.import.tooLarge', { size: megabytes(chosen.size), limit: megabytes(MAX_IMPORT_BYTES) }) }));
      return;
    }
    abort.current = new AbortController();
    setProgress(0);
    try {
      const preview = await uploadPlanDocument({ file: chosen, planId: planId || undefined, onProgress: setProgress, signal: abort.current.signal });
      onPreview(preview, planId);
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) setError(e);
    } finally {
      setProgress(null);
    }
  };

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped && !busy) void start(dropped);
  };

  const percent = Math.round((progress ?? 0) * 100);
  return (
    <Stack gap="md" maw={720}>
      <NativeSelect
        label={t('plans.import.target')}
        description={t('plans.import.targetHint')}
        value={planId}
        onChange={(e) => setPlanId(e.currentTarget.value)}
        disabled={busy}
        data={[{ value: '', label: t('plans.import.targetAuto') }, ...(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))]}
      />
      <label
        htmlFor={ids.input}
        className={classes.dropzone}
        data-dragging={dragging || undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <Stack gap={6} align="center">
          <IconUpload size={32} aria-hidden />
          <Text fw={700} id={ids.title}>
            {t('plans.import.file')}
          </Text>
          <Text size="sm" c="dimmed" id={ids.hint}>
            {t('plans.import.fileHint', { types: ACCEPTED_EXTENSIONS.join(', '), limit: megabytes(MAX_IMPORT_BYTES) })}
          </Text>
          {file && (
            <Text size="sm" fw={600}>
              {file.name} ({megabytes(file.size)} MB)
            </Text>
          )}
        </Stack>
        <input
          id={ids.input}
          type="file"
          className={classes.fileInput}
          accept={ACCEPTED_EXTENSIONS.join(',')}
          aria-labelledby={ids.title}
          aria-describedby={ids.hint}
          disabled={busy}
          onChange={(e) => {
            const chosen = e.currentTarget.files?.[0];
            e.currentTarget.value = ''; // the same file may be chosen again after a failure
            if (chosen) void start(chosen);
          }}
        />
      </label>
      {busy && (
        <Stack gap={4}>
          <Group justify="space-between">
            <Text size="sm" id={`${ids.input}-progress`}>
              {percent < 100 ? t('plans.import.uploading') : t('plans.import.reading')}
            </Text>
            <Text size="sm">{percent}%</Text>
          </Group>
          <Progress.Root size="lg">
            <Progress.Section value={percent} striped animated={percent >= 100} aria-labelledby={`${ids.input}-progress`} />
          </Progress.Root>
        </Stack>
      )}
      {error !== null && <ProblemAlert error={error} />}
    </Stack>
  );
}
