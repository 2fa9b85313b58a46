import { Alert, Badge, Group, SegmentedControl, Skeleton, Stack, Text, Timeline } from '@mantine/core';
import {
  IconCash, IconClipboardList, IconFileText, IconFolder, IconGavel, IconInfoCircle, IconNotes, IconPhoneCall, IconPlaneArrival, IconPoint, IconScale, IconSend, IconShieldCheck,
} from '@tabler/icons-react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDate } from '../../../../common/src/dates';
import { api } from '../../app/api';
import { formatMinutes, referralCode, servicesText, UrgencyBadge } from '../../referrals/display';
import { formatManat } from '../../compensation/money';
import i18n from '../../i18n';
import { countryName } from '../countries';
import { DateText } from '../../ui/DateText';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { codeLabel, type CodeGroup } from '../codes';
import { Section } from '../layout';
import type { CasePart } from '../types';

/** One event of a case (server/src/cases/timeline/timeline-source.ts). */
export interface TimelineEvent {
  id: string;
  at: string;
  allDay: boolean;
  kind: string;
  part: CasePart | null;
  body: string | null;
  params: Record<string, string | number | boolean | null>;
}

export const timelineQuery = (caseId: string) =>
  queryOptions({
    queryKey: ['cases', 'detail', caseId, 'timeline'] as const,
    queryFn: ({ signal }) => api.get<{ items: TimelineEvent[]; parts: CasePart[]; failed: string[] }>(`/api/cases/${encodeURIComponent(caseId)}/timeline`, signal),
  });

type Param = TimelineEvent['params'][string];
type Format = (t: TFunction, value: Param) => string;
const text = (value: Param) => (value === null || value === undefined ? '' : String(value));
const code = (group: CodeGroup): Format => (t, value) => codeLabel(t, group, text(value));

/** How params read in the text, for every kind; codes become their labels. */
const PARAMS: Record<string, Format> = {
  status: code('traffickingStatus'),
  purpose: code('consent'),
  part: code('part'),
  stage: code('stage'),
  assessment: code('assessment'),
  level: code('level'),
  urgency: (t, value) => referralCode(t, 'urgency', text(value)),
  services: (t, value) => servicesText(t, text(value)),
  minutes: (t, value) => formatMinutes(t, Number(value)),
  // Repatriation and compensation (server/src/repatriation, server/src/compensation).
  direction: (t, value) => t(`repatriation.direction.${text(value)}` as never, { defaultValue: text(value) } as never) as unknown as string,
  step: (t, value) => t(`repatriation.step.${text(value)}` as never, { defaultValue: text(value) } as never) as unknown as string,
  source: (t, value) => t(`compensation.source.${text(value)}` as never, { defaultValue: text(value) } as never) as unknown as string,
  country: (_t, value) => countryName(text(value), i18n.language),
  amount: (_t, value) => formatManat(text(value), i18n.language),
};

/** Where a kind's param means something else than for the others (the hotline's channels are not a case's channels). */
const PARAMS_BY_KIND: Record<string, Record<string, Format>> = {
  case_first_contact: { channel: code('channel') },
  case_recorded: { channel: code('channel') },
  identification_decided: { decision: (t, value) => t(`protection.identification.decisions.${text(value)}` as never) },
  reflection_decided: { decision: (t, value) => t(`protection.reflection.decisions.${text(value)}` as never) },
  reflection_started: { endsOn: (_t, value) => formatDate(text(value)) },
  child_guardian_appointed: { relation: (t, value) => (value ? t(`children.relation.${text(value)}` as never) : '—') },
  best_interests_assessed: { recommendation: (t, value) => t(`children.recommendation.${text(value)}` as never) },
};

function eventText(t: TFunction, event: TimelineEvent): string {
  const formats = { ...PARAMS, ...PARAMS_BY_KIND[event.kind] };
  const params = Object.fromEntries(Object.entries(event.params).map(([name, value]) => [name, formats[name]?.(t, value) ?? text(value)]));
  const translated = t(`timeline.kind.${event.kind}` as never, { ...params, defaultValue: '' } as never) as unknown;
  return typeof translated === 'string' && translated !== '' ? translated : event.kind;
}

function iconOf(kind: string): ReactNode {
  const size = 14;
  if (kind.startsWith('referral_')) return <IconSend size={size} aria-hidden />;
  if (kind.startsWith('case_')) return <IconFolder size={size} aria-hidden />;
  if (kind.startsWith('consent_')) return <IconShieldCheck size={size} aria-hidden />;
  if (kind === 'status_decided' || kind.startsWith('identification')) return <IconGavel size={size} aria-hidden />;
  if (kind.startsWith('proceeding')) return <IconScale size={size} aria-hidden />;
  if (kind.startsWith('note')) return <IconNotes size={size} aria-hidden />;
  if (kind.startsWith('document')) return <IconFileText size={size} aria-hidden />;
  if (kind === 'assessment' || kind.startsWith('service')) return <IconClipboardList size={size} aria-hidden />;
  if (kind.startsWith('hotline')) return <IconPhoneCall size={size} aria-hidden />;
  if (kind.startsWith('repatriation')) return <IconPlaneArrival size={size} aria-hidden />;
  if (kind.startsWith('compensation')) return <IconCash size={size} aria-hidden />;
  return <IconPoint size={size} aria-hidden />;
}

/**
 * The case's one timeline: contacts, referrals, decisions, placements, services, proceedings, as
 * far as the caller sees the parts they belong to. Oldest first by default; the order is in the URL.
 */
export function TimelinePanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const newestFirst = params.get('order') === 'newest';
  const query = useQuery(timelineQuery(caseId));
  const items = query.data ? (newestFirst ? [...query.data.items].reverse() : query.data.items) : undefined;
  const setOrder = (value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === 'newest') next.set('order', 'newest');
        else next.delete('order');
        return next;
      },
      { replace: true },
    );

  return (
    <Section
      id="timeline"
      title={t('timeline.title')}
      actions={
        <SegmentedControl
          size="xs"
          value={newestFirst ? 'newest' : 'oldest'}
          onChange={setOrder}
          aria-label={t('timeline.order')}
          data={[
            { value: 'oldest', label: t('timeline.oldestFirst') },
            { value: 'newest', label: t('timeline.newestFirst') },
          ]}
        />
      }
    >
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {!items && query.isPending && <Skeleton height={120} />}
      {query.data && query.data.failed.length > 0 && (
        <Alert color="orange" variant="light" icon={<IconInfoCircle aria-hidden />} mb="sm" p="xs">
          <Text size="sm">{t('timeline.incomplete')}</Text>
        </Alert>
      )}
      {items?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('timeline.none')}
        </Text>
      )}
      {items && items.length > 0 && (
        <Timeline bulletSize={24} lineWidth={2} active={items.length} aria-label={t('timeline.title')} data-testid="timeline">
          {items.map((event) => (
            <Timeline.Item key={event.id} bullet={iconOf(event.kind)} title={<Text size="sm" fw={600}>{eventText(t, event)}</Text>} data-kind={event.kind}>
              <Group gap={6} wrap="wrap">
                <Text size="xs" c="dimmed">
                  <DateText value={event.at} withTime={!event.allDay} />
                  {event.body && ` · ${event.body}`}
                </Text>
                {event.part && (
                  <Badge size="xs" variant="outline" color="indigo" tt="none">
                    {codeLabel(t, 'part', event.part)}
                  </Badge>
                )}
                {event.params.urgency === 'urgent' && <UrgencyBadge urgency="urgent" />}
              </Group>
              {typeof event.params.services === 'string' && event.params.services && (
                <Text size="xs" c="dimmed">
                  {t('timeline.services', { services: servicesText(t, event.params.services) })}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Section>
  );
}
