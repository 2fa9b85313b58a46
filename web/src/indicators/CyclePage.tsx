import { Anchor, Button, Group, NumberInput, Paper, Skeleton, Stack, Text, Textarea, TextInput, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconEdit, IconWorld, IconWorldOff } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../../common/src/dates';
import { ConfirmButton } from '../ui/ConfirmButton';
import { FormDrawer } from '../ui/FormDrawer';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { fieldErrors } from '../ui/problem';
import { cycleQuery, usePublishCycle, useSaveCycle } from './api';
import { AssessmentDrawer } from './AssessmentDrawer';
import { CountsLine, CycleStatusBadge } from './CyclesPage';
import classes from './indicators.module.css';
import { IndicatorGrid } from './IndicatorGrid';
import { IndicatorsTabs } from './IndicatorsTabs';
import { ImprovementMark, RatingBadge, RatingLegend } from './RatingBadge';
import type { Cycle, CycleGrid, Rating, RatedIndicator } from './types';

const TINT: Record<Rating, string | undefined> = {
  met: 'var(--mantine-color-teal-0)',
  partly_met: 'var(--mantine-color-yellow-0)',
  not_met: 'var(--mantine-color-red-0)',
  not_assessed: undefined,
};

function EditCycleDrawer({ cycle, opened, onClose }: { cycle: Cycle; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveCycle();
  const [title, setTitle] = useState(cycle.title);
  const [year, setYear] = useState<number | string>(cycle.year ?? '');
  const [description, setDescription] = useState(cycle.description);
  const server = fieldErrors(save.error);
  const submit = () =>
    save.mutate({ id: cycle.id, title: title.trim(), year: year === '' ? null : Number(year), description }, { onSuccess: onClose });
  return (
    <FormDrawer opened={opened} onClose={onClose} title={t('indicators.cycle.editTitle')} submitLabel={t('common.save')} pending={save.isPending} onSubmit={submit}>
      <TextInput label={t('indicators.cycle.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required data-autofocus error={server.title} />
      <NumberInput label={t('indicators.cycle.year')} value={year} onChange={setYear} min={2000} max={2100} allowDecimal={false} thousandSeparator={false} error={server.year} />
      <Textarea label={t('indicators.cycle.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} error={server.description} />
      {save.isError && <ProblemAlert error={save.error} fields={['title', 'year', 'description']} />}
    </FormDrawer>
  );
}

function CycleActions({ grid }: { grid: CycleGrid }) {
  const { t } = useTranslation();
  const publish = usePublishCycle();
  const [editing, { open, close }] = useDisclosure(false);
  const { cycle, abilities } = grid;
  return (
    <>
      {abilities.edit && (
        <Button variant="default" leftSection={<IconEdit size={16} aria-hidden />} onClick={open}>
          {t('common.edit')}
        </Button>
      )}
      {abilities.publish && (
        <ConfirmButton
          label={t('indicators.cycle.publish')}
          buttonProps={{ variant: 'filled', leftSection: <IconWorld size={16} aria-hidden /> }}
          title={t('indicators.cycle.publishTitle')}
          confirmLabel={t('indicators.cycle.publish')}
          onConfirm={() =>
            publish.mutateAsync({ id: cycle.id, publish: true }).then(() => notifications.show({ color: 'teal', message: t('indicators.cycle.published', { title: cycle.title }) }))
          }
        >
          <Text size="sm">{t('indicators.cycle.publishMessage')}</Text>
        </ConfirmButton>
      )}
      {abilities.unpublish && (
        <ConfirmButton
          label={t('indicators.cycle.unpublish')}
          buttonProps={{ leftSection: <IconWorldOff size={16} aria-hidden /> }}
          title={t('indicators.cycle.unpublishTitle')}
          confirmLabel={t('indicators.cycle.unpublish')}
          danger
          onConfirm={() => publish.mutateAsync({ id: cycle.id, publish: false })}
        >
          <Text size="sm">{t('indicators.cycle.unpublishMessage')}</Text>
        </ConfirmButton>
      )}
      {editing && <EditCycleDrawer cycle={cycle} opened={editing} onClose={close} />}
    </>
  );
}

/** An assessment cycle as the familiar grid: every indicator with its rating (colour, icon and word) and improvement mark. */
export function CyclePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const grid = useQuery(cycleQuery(id));
  const [open, setOpen] = useState<string | null>(null);
  const data = grid.data;

  const cell = (indicator: RatedIndicator) => (
    <UnstyledButton
      className={classes.indicatorButton}
      onClick={() => setOpen(indicator.id)}
      aria-haspopup="dialog"
      data-testid="indicator-cell"
      data-rating={indicator.assessment.rating}
    >
      <Stack gap={4}>
        <Text size="sm" lang="az">
          {indicator.text}
        </Text>
        <Group gap={6}>
          <RatingBadge rating={indicator.assessment.rating} />
          <ImprovementMark value={indicator.assessment.needsImprovement} />
        </Group>
        {(indicator.assessment.entryCount > 0 || indicator.assessment.measureCount > 0) && (
          <Text size="xs" c="dimmed">
            {t('indicators.grid.rests', { measures: indicator.assessment.measureCount, entries: indicator.assessment.entryCount })}
          </Text>
        )}
      </Stack>
    </UnstyledButton>
  );

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/indicators" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('indicators.tabs.cycles')}
        </Group>
      </Anchor>
      <PageHeader title={data?.cycle.title ?? t('indicators.cycle.loading')} actions={data && <CycleActions grid={data} />} />
      <IndicatorsTabs />
      {grid.isPending && <Skeleton height={400} />}
      {grid.isError && <ProblemAlert error={grid.error} onRetry={() => void grid.refetch()} />}
      {data && (
        <>
          <Paper withBorder p="sm">
            <Stack gap={6}>
              <Group gap="sm">
                <CycleStatusBadge status={data.cycle.status} />
                {data.cycle.year && <Text size="sm">{data.cycle.year}</Text>}
                {data.cycle.publishedAt && (
                  <Text size="sm" c="dimmed">
                    {t('indicators.cycle.publishedAt', { at: formatDateTime(data.cycle.publishedAt) })}
                  </Text>
                )}
              </Group>
              {data.cycle.description && <Text size="sm">{data.cycle.description}</Text>}
              <CountsLine counts={data.cycle.counts} />
              <Text size="xs" c="dimmed">
                {data.abilities.rate ? t('indicators.grid.rateHint') : t('indicators.grid.readHint')}
              </Text>
            </Stack>
          </Paper>
          <RatingLegend />
          <IndicatorGrid
            caption={t('indicators.grid.captionCycle', { title: data.cycle.title })}
            columns={data.columns}
            areas={data.areas}
            renderIndicator={cell}
            tint={(i) => TINT[i.assessment.rating]}
          />
          <AssessmentDrawer cycleId={id} indicatorId={open} onClose={() => setOpen(null)} />
        </>
      )}
    </Stack>
  );
}

