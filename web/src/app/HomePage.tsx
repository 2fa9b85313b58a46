import { Anchor, Card, Group, List, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OverdueActionItemsCard } from '../meetings/OverdueActionItemsCard';
import { organisationName } from '../organisations/names';
import { useMyTasksPath } from '../reports/useMyTasksPath';
import { TasksFeed } from '../tasks/TasksFeed';
import { usePageTitle } from '../ui/usePageTitle';
import { useSession } from './session';

export function HomePage() {
  const { t, i18n } = useTranslation();
  const { user, permissions, requiresSecondFactor } = useSession();
  usePageTitle(t('nav.home'));
  const myTasks = useMyTasksPath(permissions.includes('reports.write'));

  const sections = [
    { to: myTasks, label: t('reports.myTasks'), show: permissions.includes('reports.write') },
    { to: '/my-measures', label: t('nav.myMeasures'), show: permissions.includes('plans.read') },
    { to: '/plans', label: t('nav.plans'), show: permissions.includes('plans.read') },
    { to: '/reports', label: t('nav.reports'), show: permissions.includes('reports.read') },
    { to: '/organisations', label: t('nav.organisations'), show: permissions.includes('organisations.read') },
    { to: '/users', label: t('nav.users'), show: permissions.includes('users.read') },
    { to: '/audit', label: t('nav.audit'), show: permissions.includes('audit.read') },
    { to: '/account', label: t('nav.account'), show: true },
  ].filter((s) => s.show);

  return (
    <Stack gap="lg" maw={900}>
      <Title order={1} size="h2">
        {t('home.greeting', { name: user.fullName })}
      </Title>
      <TasksFeed />
      <OverdueActionItemsCard />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Card withBorder padding="md">
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {t('home.yourRole')}
            </Text>
            <Text fw={600}>{t(`role.${user.role}`)}</Text>
            <Text size="sm" c="dimmed" mt="xs">
              {t('home.yourOrganisation')}
            </Text>
            <Text fw={600}>
              {organisationName(user.organisation, i18n.language)} ({user.organisation.shortName})
            </Text>
          </Stack>
        </Card>
        <Card withBorder padding="md">
          <Title order={2} size="h4" mb="xs">
            {t('home.canDo')}
          </Title>
          <List spacing={4} size="sm" icon={<ThemeIcon size={18} radius="xl" color="teal" variant="filled"><IconCheck size={12} aria-hidden /></ThemeIcon>}>
            {permissions.map((p) => (
              <List.Item key={p}>{t(`permission.${p}`)}</List.Item>
            ))}
            {requiresSecondFactor && <List.Item>{t('home.secondFactorRequired')}</List.Item>}
          </List>
        </Card>
      </SimpleGrid>
      <nav aria-label={t('home.quickLinks')}>
        <Group gap="lg">
          {sections.map((s) => (
            <Anchor key={s.label} component={Link} to={s.to}>
              {s.label}
            </Anchor>
          ))}
        </Group>
      </nav>
    </Stack>
  );
}
