import { Anchor, Button, Checkbox, Drawer, Group, Radio, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../app/api';
import { trimCode } from '../plans/format';
import { measureEntriesQuery, periodListQuery } from '../reports/api';
import { periodLabel } from '../reports/format';
import type { Status } from '../reports/types';
import { ProblemAlert } from '../ui/ProblemAlert';
import { assessmentQuery, useRateIndicator } from './api';
import { MeasurePicker, type PickedMeasure } from './MeasurePicker';
import { ImprovementMark, RATING_LOOK, RatingBadge } from './RatingBadge';
import { RATINGS, type AssessmentDetail, type Rating } from './types';

interface AssessmentDrawerProps {
  cycleId: string;
  indicatorId: string | null;
  onClose: () => void;
}

/** The report entries of the chosen measures, to tick the ones the rating rests on. */
function EntryChoices({ measures, value, onChange }: { measures: PickedMeasure[]; value: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const periods = useQuery(periodListQuery);
  const lists = useQueries({ queries: measures.map((m) => measureEntriesQuery(m.id)) });
  const label = (periodId: string) => {
    const period = periods.data?.items.find((p) => p.id === periodId);
    return period ? periodLabel(t, period) : '';
  };
  const entries = lists.flatMap((l) => l.data?.items ?? []);
  return (
    <Checkbox.Group label={t('indicators.links.entries')} description={t('indicators.links.entriesHint')} value={value} onChange={onChange}>
      <Stack gap={4} mt={6}>
        {measures.length > 0 && lists.some((l) => l.isPending) && <Skeleton height={20} />}
        {measures.length > 0 && !lists.some((l) => l.isPending) && entries.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('indicators.links.noEntries')}
          </Text>
        )}
        {entries.map((e) => (
          <Checkbox
            key={e.id}
            value={e.id}
            label={`${trimCode(e.measure.code)} · ${e.organisation.shortName} · ${label(e.periodId)} · ${t(`reports.status.${e.status}`)}`}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

function ReadView({ detail }: { detail: AssessmentDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <RatingBadge rating={detail.rating} size="md" />
        <ImprovementMark value={detail.needsImprovement} />
      </Group>
      <div>
        <Text size="sm" fw={600}>
          {t('indicators.assessment.evidence')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }} lang="az">
          {detail.evidence || t('indicators.assessment.noEvidence')}
        </Text>
      </div>
      <MeasurePicker label={t('indicators.links.measures')} value={detail.measures} onChange={() => undefined} readOnly />
      <div>
        <Text size="sm" fw={600}>
          {t('indicators.links.entries')}
        </Text>
        {detail.entries.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('indicators.links.noEntriesShown')}
          </Text>
        ) : (
          detail.entries.map((e) => (
            <Text key={e.id} size="sm">
              <Anchor component={Link} to={`/report-entries/${e.id}`}>
                {trimCode(e.measureCode)} · {e.organisation.shortName} · {e.year}
              </Anchor>{' '}
              ({t(`reports.status.${e.status as Status}`)})
            </Text>
          ))
        )}
      </div>
    </Stack>
  );
}

function RatingForm({ detail, cycleId, onDone, onReload }: { detail: AssessmentDetail; cycleId: string; onDone: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const rate = useRateIndicator(cycleId, detail.indicator.id);
  const [rating, setRating] = useState<Rating>(detail.rating);
  const [evidence, setEvidence] = useState(detail.evidence);
  const [needsImprovement, setNeedsImprovement] = useState(detail.needsImprovement);
  const [measures, setMeasures] = useState<PickedMeasure[]>(detail.measures);
  const [entryIds, setEntryIds] = useState<string[]>(detail.entries.map((e) => e.id));
  const conflict = isApiError(rate.error, 'CONFLICT');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    rate.mutate(
      { rating, evidence, needsImprovement, measureIds: measures.map((m) => m.id), entryIds, revision: detail.revision },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('indicators.assessment.saved', { rating: t(`indicators.rating.${rating}`) }) });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Radio.Group label={t('indicators.assessment.rating')} value={rating} onChange={(v) => setRating(v as Rating)} required>
          <Stack gap={6} mt={6}>
            {RATINGS.map((r) => (
              <Radio
                key={r}
                value={r}
                color={RATING_LOOK[r].color}
                label={
                  <Group gap={6} wrap="nowrap" component="span">
                    {RATING_LOOK[r].icon(16)}
                    <span>{t(`indicators.rating.${r}`)}</span>
                  </Group>
                }
              />
            ))}
          </Stack>
        </Radio.Group>
        <Checkbox label={t('indicators.assessment.needsImprovement')} checked={needsImprovement} onChange={(e) => setNeedsImprovement(e.currentTarget.checked)} />
        <Textarea label={t('indicators.assessment.evidence')} description={t('indicators.assessment.evidenceHint')} value={evidence} onChange={(e) => setEvidence(e.currentTarget.value)} autosize minRows={3} maxRows={12} />
        <MeasurePicker label={t('indicators.links.measures')} value={measures} onChange={setMeasures} />
        <EntryChoices measures={measures} value={entryIds} onChange={setEntryIds} />
        <Text size="xs" c="dimmed">
          {t('indicators.links.eventsLater')}
        </Text>
        {rate.isError && <ProblemAlert error={rate.error} />}
        {conflict && (
          <Group gap="sm">
            <Text size="sm">{t('indicators.assessment.conflictHint')}</Text>
            <Button size="xs" variant="default" onClick={onReload}>
              {t('indicators.assessment.reload')}
            </Button>
          </Group>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={rate.isPending}>
            {t('indicators.assessment.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One indicator in one cycle: its rating, evidence and what it rests on; editable while the cycle is a draft. */
export function AssessmentDrawer({ cycleId, indicatorId, onClose }: AssessmentDrawerProps) {
  const { t } = useTranslation();
  const detail = useQuery({ ...assessmentQuery(cycleId, indicatorId ?? ''), enabled: indicatorId !== null });
  // A new indicator opened: the form starts from its stored values.
  const [formKey, setFormKey] = useState(0);
  useEffect(() => setFormKey((k) => k + 1), [indicatorId, detail.dataUpdatedAt]);
  const data = detail.data;
  return (
    <Drawer opened={indicatorId !== null} onClose={onClose} position="right" size="lg" title={t('indicators.assessment.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {detail.isPending && indicatorId && <Skeleton height={240} />}
      {detail.isError && <ProblemAlert error={detail.error} onRetry={() => void detail.refetch()} />}
      {data && (
        <Stack gap="md">
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {data.indicator.area.code} · {t(`indicators.kind.${data.indicator.kind}`)} · {t('indicators.level', { level: data.indicator.level })}
            </Text>
            <Text fw={600} lang="az">
              {data.indicator.text}
            </Text>
          </Stack>
          {data.abilities.rate ? <RatingForm key={formKey} detail={data} cycleId={cycleId} onDone={onClose} onReload={() => void detail.refetch()} /> : <ReadView detail={data} />}
        </Stack>
      )}
    </Drawer>
  );
}
