import { Anchor, Breadcrumbs, Button, Group, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ConfirmButton } from '../ui/ConfirmButton';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { planQuery, useDeletePlan } from './api';
import { ActText, PlanPeriodText } from './PlanFacts';
import { PlanImportsTab } from './PlanImportsTab';
import { PlanMeasuresTab } from './PlanMeasuresTab';
import { PlanTextTab } from './PlanTextTab';
import type { PlanDetail } from './types';

const TABS = ['measures', 'text', 'imports'] as const;
type Tab = (typeof TABS)[number];
const isTab = (value: string | null): value is Tab => (TABS as readonly (string | null)[]).includes(value);

function PlanActions({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeletePlan();
  return (
    <>
      {plan.abilities.import && (
        <Button component={Link} to={`/plans/import?planId=${plan.id}`} variant="default" leftSection={<IconFileImport size={16} aria-hidden />}>
          {t('plans.import.intoPlan')}
        </Button>
      )}
      {plan.abilities.delete && (
        <ConfirmButton
          label={t('common.delete')}
          title={t('plans.deleteTitle')}
          confirmLabel={t('common.delete')}
          danger
          onConfirm={async () => {
            await remove.mutateAsync(plan.id);
            notifications.show({ color: 'teal', message: t('plans.deleted', { title: plan.title }) });
            void navigate('/plans', { replace: true });
          }}
        >
          <Text size="sm">{t('plans.deleteMessage', { title: plan.title, count: plan.measureCount })}</Text>
        </ConfirmButton>
      )}
    </>
  );
}

export function PlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const query = useQuery(planQuery(id));
  const plan = query.data;
  const tabParam = params.get('tab');
  const tab: Tab = isTab(tabParam) ? tabParam : 'measures';

  const selectTab = (value: string | null) =>
    setParams(
      (prev) => {
        // Filters belong to the measures tab; another tab starts clean.
        const next = new URLSearchParams(value === 'measures' ? prev : undefined);
        if (value && value !== 'measures') next.set('tab', value);
        else next.delete('tab');
        return next;
      },
      { replace: true },
    );

  if (query.isError && !plan) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/plans" size="sm">
          {t('nav.plans')}
        </Anchor>
        <Text size="sm">{plan ? plan.title : t('common.loading')}</Text>
      </Breadcrumbs>
      {plan ? <PageHeader title={plan.title} actions={<PlanActions plan={plan} />} /> : <Skeleton height={32} width="60%" />}
      {plan && (
        <Group gap="xl" component="dl" m={0}>
          {[
            { term: t('plans.plan.act'), value: <ActText act={plan.act} /> },
            { term: t('plans.plan.period'), value: <PlanPeriodText period={plan.period} /> },
            { term: t('plans.plan.measureCount'), value: plan.measureCount },
            { term: t('plans.plan.sectionCount'), value: plan.sectionCount },
          ].map((fact) => (
            <div key={fact.term}>
              <Text component="dt" size="xs" c="dimmed">
                {fact.term}
              </Text>
              <Text component="dd" size="sm" fw={600} m={0}>
                {fact.value}
              </Text>
            </div>
          ))}
        </Group>
      )}
      <Tabs value={tab} onChange={selectTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="measures">{t('plans.tabs.measures')}</Tabs.Tab>
          <Tabs.Tab value="text">{t('plans.tabs.text')}</Tabs.Tab>
          <Tabs.Tab value="imports">{t('plans.tabs.imports')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="measures" pt="md">
          {plan && <PlanMeasuresTab plan={plan} />}
        </Tabs.Panel>
        <Tabs.Panel value="text" pt="md">
          {plan && <PlanTextTab plan={plan} />}
        </Tabs.Panel>
        <Tabs.Panel value="imports" pt="md">
          {plan && <PlanImportsTab plan={plan} />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
