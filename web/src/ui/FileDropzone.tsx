import { Group, Progress, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useId, useState, type DragEvent } from 'react';
import classes from './FileDropzone.module.css';
import { megabytes } from './useFileUpload';
import { ProblemAlert } from './ProblemAlert';

interface FileDropzoneProps {
  /** The file input's accessible name. */
  label: string;
  hint: string;
  accept: readonly string[];
  file: File | null;
  /** 0..1 while sending, null when idle. */
  progress: number | null;
  error: unknown;
  uploadingLabel: string;
  /** Shown once the whole file is sent and the server reads it. */
  readingLabel: string;
  onFile: (file: File) => void;
}

/** Pick or drop one file; shows its name, the upload's progress and the problem, if any. */
export function FileDropzone(props: FileDropzoneProps) {
  const { label, hint, accept, file, progress, error, uploadingLabel, readingLabel, onFile } = props;
  const ids = { title: useId(), hint: useId(), input: useId(), progress: useId() };
  const [dragging, setDragging] = useState(false);
  const busy = progress !== null;

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped && !busy) onFile(dropped);
  };

  const percent = Math.round((progress ?? 0) * 100);
  return (
    <Stack gap="md">
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
            {label}
          </Text>
          <Text size="sm" c="dimmed" id={ids.hint}>
            {hint}
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
          accept={accept.join(',')}
          aria-labelledby={ids.title}
          aria-describedby={ids.hint}
          disabled={busy}
          onChange={(e) => {
            const chosen = e.currentTarget.files?.[0];
            e.currentTarget.value = ''; // the same file may be chosen again after a failure
            if (chosen) onFile(chosen);
          }}
        />
      </label>
      {busy && (
        <Stack gap={4}>
          <Group justify="space-between">
            <Text size="sm" id={ids.progress}>
              {percent < 100 ? uploadingLabel : readingLabel}
            </Text>
            <Text size="sm">{percent}%</Text>
          </Group>
          <Progress.Root size="lg">
            <Progress.Section value={percent} striped animated={percent >= 100} aria-labelledby={ids.progress} />
          </Progress.Root>
        </Stack>
      )}
      {error !== null && <ProblemAlert error={error} />}
    </Stack>
  );
}
