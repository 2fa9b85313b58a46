import { Alert, Button, Group, NativeSelect, Skeleton, Stack, Text, Textarea, TextInput, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../ui/ConfirmButton';
import { FormDrawer } from '../ui/FormDrawer';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { fieldErrors } from '../ui/problem';
import { frameworkQuery, useAddIndicator, useCreateArea, useDeleteIndicator, useSaveArea, useSaveIndicator } from './api';
import classes from './indicators.module.css';
import { IndicatorGrid } from './IndicatorGrid';
import { IndicatorsTabs } from './IndicatorsTabs';
import { ImprovementMark } from './RatingBadge';
import type { AreaBase, Column, Indicator } from './types';

type Mark = 'yes' | 'no' | 'unknown';
const toMark = (value: boolean | null): Mark => (value === null ? 'unknown' : value ? 'yes' : 'no');
const fromMark = (mark: Mark): boolean | null => (mark === 'unknown' ? null : mark === 'yes');

function MarkSelect({ value, onChange }: { value: Mark; onChange: (mark: Mark) => void }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('indicators.improvement.label')}
      description={t('indicators.improvement.hint')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as Mark)}
      data={(['yes', 'no', 'unknown'] as const).map((m) => ({ value: m, label: t(`indicators.improvement.choice.${m}`) }))}
    />
  );
}

type Editing =
  | { kind: 'area'; area: AreaBase | null }
  | { kind: 'newIndicator'; area: AreaBase; column: Column }
  | { kind: 'indicator'; area: AreaBase; indicator: Indicator };

function AreaDrawer({ area, onClose }: { area: AreaBase | null; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateArea();
  const save = useSaveArea();
  const mutation = area ? save : create;
  const [code, setCode] = useState(area?.code ?? '');
  const [title, setTitle] = useState(area?.title ?? '');
  const [mark, setMark] = useState<Mark>(toMark(area?.needsImprovement ?? null));
  const server = fieldErrors(mutation.error);
  const submit = () => {
    const input = { code: code.trim(), title: title.trim(), needsImprovement: fromMark(mark) };
    if (area) save.mutate({ id: area.id, ...input }, { onSuccess: onClose });
    else
      create.mutate(input, {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('indicators.framework.areaAdded', { code: input.code }) });
          onClose();
        },
      });
  };
  return (
    <FormDrawer opened onClose={onClose} title={area ? t('indicators.framework.editArea') : t('indicators.framework.addArea')} submitLabel={t('common.save')} pending={mutation.isPending} onSubmit={submit}>
      <TextInput label={t('indicators.framework.code')} description={t('indicators.framework.codeHint')} value={code} onChange={(e) => setCode(e.currentTarget.value)} required data-autofocus error={server.code} />
      <Textarea label={t('indicators.framework.areaTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} autosize minRows={2} required error={server.title} />
      <MarkSelect value={mark} onChange={setMark} />
      {mutation.isError && <ProblemAlert error={mutation.error} fields={['code', 'title']} />}
    </FormDrawer>
  );
}

function IndicatorDrawer({ editing, onClose }: { editing: Extract<Editing, { kind: 'newIndicator' | 'indicator' }>; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddIndicator();
  const save = useSaveIndicator();
  const remove = useDeleteIndicator();
  const existing = editing.kind === 'indicator' ? editing.indicator : null;
  const column = existing ? { kind: existing.kind, level: existing.level } : (editing as { column: Column }).column;
  const mutation = existing ? save : add;
  const [text, setText] = useState(existing?.text ?? '');
  const [mark, setMark] = useState<Mark>(toMark(existing?.needsImprovement ?? null));
  const server = fieldErrors(mutation.error);
  const submit = () => {
    const input = { text: text.trim(), needsImprovement: fromMark(mark) };
    if (existing) save.mutate({ id: existing.id, ...input }, { onSuccess: onClose });
    else add.mutate({ areaId: editing.area.id, kind: column.kind, level: column.level, ...input }, { onSuccess: onClose });
  };
  return (
    <FormDrawer
      opened
      onClose={onClose}
      title={existing ? t('indicators.framework.editIndicator') : t('indicators.framework.addIndicator')}
      submitLabel={t('common.save')}
      pending={mutation.isPending}
      onSubmit={submit}
      footer={
        existing && (
          <ConfirmButton
            label={t('common.delete')}
            danger
            title={t('indicators.framework.deleteTitle')}
            confirmLabel={t('common.delete')}
            onConfirm={() => remove.mutateAsync(existing.id).then(onClose)}
          >
            <Text size="sm">{t('indicators.framework.deleteMessage')}</Text>
          </ConfirmButton>
        )
      }
    >
      <Text size="sm" c="dimmed">
        {editing.area.code} · {t(`indicators.kind.${column.kind}`)} · {t('indicators.level', { level: column.level })}
      </Text>
      <Textarea label={t('indicators.framework.indicatorText')} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={3} required data-autofocus error={server.text} />
      <MarkSelect value={mark} onChange={setMark} />
      {mutation.isError && <ProblemAlert error={mutation.error} fields={['text']} />}
    </FormDrawer>
  );
}

/** The framework itself, kept by the Coordinator's office: areas, indicators, and the improvement marks. */
export function FrameworkPage() {
  const { t } = useTranslation();
  const framework = useQuery(frameworkQuery);
  const [editing, setEditing] = useState<Editing | null>(null);
  const data = framework.data;
  const edit = data?.abilities.edit ?? false;
  const unknownMarks = data?.areas.some((a) => a.needsImprovement === null || a.cells.flat().some((i) => i.needsImprovement === null));

  return (
    <Stack gap="md">
      <PageHeader
        title={t('indicators.title')}
        actions={
          edit && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ kind: 'area', area: null })}>
              {t('indicators.framework.addArea')}
            </Button>
          )
        }
      />
      <IndicatorsTabs />
      {framework.isPending && <Skeleton height={400} />}
      {framework.isError && <ProblemAlert error={framework.error} onRetry={() => void framework.refetch()} />}
      {data && (
        <>
          {unknownMarks && (
            <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
              {t('indicators.framework.marksLost')}
            </Alert>
          )}
          <IndicatorGrid
            caption={t('indicators.grid.captionFramework')}
            columns={data.columns}
            areas={data.areas}
            renderIndicator={(indicator, area) =>
              edit ? (
                <UnstyledButton className={classes.indicatorButton} onClick={() => setEditing({ kind: 'indicator', area, indicator })} aria-haspopup="dialog">
                  <Stack gap={4}>
                    <Text size="sm" lang="az">
                      {indicator.text}
                    </Text>
                    <ImprovementMark value={indicator.needsImprovement} showUnknown />
                  </Stack>
                </UnstyledButton>
              ) : (
                <Stack gap={4}>
                  <Text size="sm" lang="az">
                    {indicator.text}
                  </Text>
                  <ImprovementMark value={indicator.needsImprovement} showUnknown />
                </Stack>
              )
            }
            areaActions={(area) =>
              edit && (
                <Group gap={4}>
                  <Button size="compact-xs" variant="subtle" leftSection={<IconEdit size={12} aria-hidden />} onClick={() => setEditing({ kind: 'area', area })} aria-label={t('indicators.framework.editAreaNamed', { code: area.code })}>
                    {t('common.edit')}
                  </Button>
                </Group>
              )
            }
            cellActions={(area, column) =>
              edit && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  leftSection={<IconPlus size={12} aria-hidden />}
                  onClick={() => setEditing({ kind: 'newIndicator', area, column })}
                  aria-label={t('indicators.framework.addIndicatorNamed', { code: area.code, kind: t(`indicators.kind.${column.kind}`), level: column.level })}
                >
                  {t('indicators.framework.addIndicatorShort')}
                </Button>
              )
            }
          />
        </>
      )}
      {editing?.kind === 'area' && <AreaDrawer area={editing.area} onClose={() => setEditing(null)} />}
      {editing && editing.kind !== 'area' && <IndicatorDrawer editing={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
