import { Alert, Anchor, Breadcrumbs, Card, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCan } from '../app/session';
import { trimCode } from '../plans/format';
import { DateText } from '../ui/DateText';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { entryQuery, periodQuery } from './api';
import { AttachmentsCard } from './AttachmentsCard';
import { EntryForm } from './EntryForm';
import { EntryHistory, SubmittedChanges } from './EntryHistory';
import { EntryReadView } from './EntryReadView';
import { periodLabel } from './format';
import { MeasureFacts } from './MeasureFacts';
import { lastReturn } from './returnComment';
import type { Entry } from './types';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** Why a returned entry came back, above the form that fixes it. */
function ReturnNotice({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const event = lastReturn(entry);
  if (!event) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconArrowBackUp aria-hidden />} title={t('reports.entry.returnComment')}>
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {event.comment ?? '—'}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {event.by ?? t('audit.system')}, <DateText value={event.at} withTime />
      </Text>
    </Alert>
  );
}

/** One body's report on one measure: the measure, the form (or the read-only report), the history. */
export function EntryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const canReview = useCan('reports.review');
  const query = useQuery(entryQuery(id));
  const entry = query.data;
  const period = useQuery({ ...periodQuery(entry?.periodId ?? ''), enabled: !!entry });

  if (query.isError && !entry) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  const code = entry ? trimCode(entry.measure.code) : '';

  return (
    <Stack gap="md" maw={1200}>
      <Breadcrumbs>
        <Anchor component={Link} to="/reports" size="sm">
          {t('nav.reports')}
        </Anchor>
        {entry && (
          <Anchor component={Link} to={`/reports/${entry.periodId}`} size="sm">
            {period.data ? periodLabel(t, period.data) : t('reports.period.label')}
          </Anchor>
        )}
        <Text size="sm">{code || t('common.loading')}</Text>
      </Breadcrumbs>
      {entry ? <PageHeader title={t('reports.entry.title', { code, organisation: entry.organisation.shortName })} /> : <Skeleton height={32} width="40%" />}
      {entry ? (
        <>
          <MeasureFacts entry={entry} />
          <ReturnNotice entry={entry} />
          {/* A new form when the workflow moves the entry on (submitted, reopened): it starts from the server's copy. */}
          {entry.abilities.edit ? <EntryForm key={`${entry.id}:${entry.state}`} entry={entry} /> : <EntryReadView entry={entry} />}
          <AttachmentsCard entry={entry} />
          {(canReview || entry.abilities.review) && (
            <Section title={t('reports.changes.title')}>
              <SubmittedChanges entry={entry} />
            </Section>
          )}
          <Section title={t('reports.history.title')}>
            <EntryHistory entry={entry} />
          </Section>
        </>
      ) : (
        <Skeleton height={300} />
      )}
    </Stack>
  );
}
