import { Anchor, Badge, Breadcrumbs, Button, Card, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCan, useSession } from '../app/session';
import { takesPartInMeetings } from '../meetings/access';
import { MeasureActionItems } from '../meetings/MeasureActionItems';
import { MeasureReports } from '../reports/MeasureReports';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { measureQuery } from './api';
import { ConfidenceMark } from './ConfidenceMark';
import { trimCode } from './format';
import { MeasureEditForm } from './MeasureEditForm';
import { MeasureHistory } from './MeasureHistory';
import { MeasureLinks } from './MeasureLinks';
import { MeasureParticipants } from './MeasureParticipants';
import { MeasureVariants } from './MeasureVariants';
import classes from './plans.module.css';
import { PeriodText } from './PeriodText';
import type { MeasureDetail } from './types';

function Section({ title, children, badge }: { title: string; children: ReactNode; badge?: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section">
      <Group gap="xs" mb="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {badge}
      </Group>
      {children}
    </Card>
  );
}

function MeasureBody({ measure }: { measure: MeasureDetail }) {
  const { t } = useTranslation();
  const readsReports = useCan('reports.read');
  const followsActionItems = takesPartInMeetings(useSession().user.role);
  const openVariants = measure.variants.filter((v) => v.status === 'open').length;
  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('plans.measure.section')}: {trimCode(measure.section.code)}. {measure.section.title}
          </Text>
          <Text lang="az" className={classes.measureText}>
            {measure.text}
            <ConfidenceMark confidence={measure.confidence} />
          </Text>
          <Text size="sm">
            <Text span fw={600}>
              {t('plans.measure.period')}:
            </Text>{' '}
            <PeriodText period={measure.period} />
          </Text>
          {measure.subActions.length > 0 && (
            <div>
              <Title order={2} size="h5" mb={4}>
                {t('plans.measure.subActions')}
              </Title>
              <List size="sm" spacing={4} type="ordered">
                {measure.subActions.map((sub, i) => (
                  <List.Item key={i}>
                    <span lang="az">{sub.text}</span> — <PeriodText period={sub.period} />
                  </List.Item>
                ))}
              </List>
            </div>
          )}
        </Stack>
      </Card>
      {openVariants > 0 && (
        <Section title={t('plans.wording.title')} badge={<Badge color="grape" variant="light">{openVariants}</Badge>}>
          <MeasureVariants measure={measure} />
        </Section>
      )}
      <Section title={t('plans.measure.participants')}>
        <MeasureParticipants participants={measure.participants} />
      </Section>
      <Section title={t('plans.link.section')}>
        <MeasureLinks measure={measure} />
      </Section>
      {readsReports && (
        <Section title={t('reports.overYears.title')}>
          <MeasureReports measureId={measure.id} />
        </Section>
      )}
      {followsActionItems && (
        <Section title={t('meetings.actionItems.measureSection')}>
          <MeasureActionItems measureId={measure.id} />
        </Section>
      )}
      <Section title={t('plans.history.title')}>
        <MeasureHistory revisions={measure.revisions} />
      </Section>
    </Stack>
  );
}

export function MeasurePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(measureQuery(id));
  const [editing, { open, close }] = useDisclosure(false);
  const measure = query.data;

  if (query.isError && !measure) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;

  return (
    <Stack gap="md" maw={1100}>
      <Breadcrumbs>
        <Anchor component={Link} to="/plans" size="sm">
          {t('nav.plans')}
        </Anchor>
        {measure ? (
          <Anchor component={Link} to={`/plans/${measure.plan.id}`} size="sm">
            {measure.plan.title}
          </Anchor>
        ) : (
          <Text size="sm">{t('common.loading')}</Text>
        )}
      </Breadcrumbs>
      {measure ? (
        <PageHeader
          title={t('plans.measure.title', { code: trimCode(measure.code) })}
          actions={
            measure.abilities.edit && (
              <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={open}>
                {t('common.edit')}
              </Button>
            )
          }
        />
      ) : (
        <Skeleton height={32} width="40%" />
      )}
      {measure ? <MeasureBody measure={measure} /> : <Skeleton height={200} />}
      {measure && editing && <MeasureEditForm key={measure.id} measure={measure} opened onClose={close} />}
    </Stack>
  );
}
