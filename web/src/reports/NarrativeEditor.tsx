import { ActionIcon, Group, Paper, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { IconBold, IconEye, IconList } from '@tabler/icons-react';
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toggleBold, toggleBullets, type Edit } from '../../../common/src/narrative';
import { NarrativeView } from './NarrativeView';
import classes from './reports.module.css';

interface NarrativeEditorProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** The text's label; a report entry's narrative by default. */
  label?: string;
}

/** The narrative as plain text with a small toolbar (bold, bullet list, live preview); Ctrl+B makes bold. */
export function NarrativeEditor({ value, onChange, error, label }: NarrativeEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [preview, setPreview] = useState(false);
  const selection = useRef<{ start: number; end: number } | null>(null);

  // Once the edited text is rendered, put the selection back where the edit left it.
  useLayoutEffect(() => {
    const next = selection.current;
    if (!next || !area.current) return;
    selection.current = null;
    area.current.focus();
    area.current.setSelectionRange(next.start, next.end);
  }, [value]);

  const apply = (edit: (text: string, start: number, end: number) => Edit) => {
    const el = area.current;
    if (!el) return;
    const result = edit(el.value, el.selectionStart, el.selectionEnd);
    selection.current = { start: result.start, end: result.end };
    onChange(result.text);
  };

  const keyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'b') {
      e.preventDefault();
      apply(toggleBold);
    }
  };

  const tool = (label: string, icon: ReactNode, onClick: () => void, pressed?: boolean) => (
    <Tooltip label={label}>
      <ActionIcon variant={pressed ? 'filled' : 'default'} size="md" aria-label={label} aria-pressed={pressed} aria-controls={id} onClick={onClick}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );

  return (
    <Stack gap={6}>
      <Group gap={4} role="toolbar" aria-label={t('reports.editor.toolbar')} aria-controls={id}>
        {tool(t('reports.editor.bold'), <IconBold size={16} aria-hidden />, () => apply(toggleBold))}
        {tool(t('reports.editor.bullets'), <IconList size={16} aria-hidden />, () => apply(toggleBullets))}
        {tool(t('reports.editor.preview'), <IconEye size={16} aria-hidden />, () => setPreview((p) => !p), preview)}
      </Group>
      <Textarea
        id={id}
        ref={area}
        label={label ?? t('reports.entry.narrative')}
        description={t('reports.editor.hint')}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        onKeyDown={keyDown}
        autosize
        minRows={6}
        maxRows={30}
        lang="az"
        error={error}
      />
      {preview && (
        <Paper className={classes.preview} aria-label={t('reports.editor.preview')} component="section">
          <Text size="xs" fw={700} c="dimmed" mb={4}>
            {t('reports.editor.preview')}
          </Text>
          <NarrativeView text={value} empty={t('reports.editor.empty')} />
        </Paper>
      )}
    </Stack>
  );
}
